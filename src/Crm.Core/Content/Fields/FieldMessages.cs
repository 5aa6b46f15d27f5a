namespace Crm.Core.Content.Fields;

/// <summary>
/// Every reason a value can be refused. The English text is the key of its translation
/// (Resources/Content/ContentText.ko.resx); a test checks that each one has a Korean text.
/// </summary>
public static class FieldMessages
{
    public const string Required = "is required";
    public const string NotAField = "is not a field of {0}";
    public const string NotAContentType = "'{0}' is not a content type";
    public const string NotAnItemIdValue = "'{0}' is not an item id";
    public const string MustBeText = "must be text";
    public const string TooLong = "must be at most {0} characters";
    public const string WrongFormat = "does not have the expected format";
    public const string MustBeNumber = "must be a number";
    public const string TooSmall = "must be at least {0}";
    public const string TooLarge = "must be at most {0}";
    public const string MustBeMoney = "must be an amount, or an object with Amount and Currency";
    public const string BadCurrency = "currency must be a code such as KRW or USD";
    public const string NeedsCurrency = "needs a currency";
    public const string MustBeBoolean = "must be true or false";
    public const string MustBeDate = "must be a date written as yyyy-MM-dd";
    public const string MustBeDateTime = "must be a date and time such as 2026-11-22T13:05:00+09:00";
    public const string MustHaveTimeZone = "must say its time zone (Z or an offset such as +09:00)";
    public const string MustBeOneOption = "must be one of the options";
    public const string MustBeOptionList = "must be a list of options";
    public const string NotAnOption = "'{0}' is not one of the options ({1})";
    public const string MustBeEmail = "must be an e-mail address";
    public const string NotAnEmail = "'{0}' is not an e-mail address";
    public const string MustBePhone = "must be a phone number";
    public const string NotAPhone = "'{0}' is not a phone number";
    public const string MustBeLink = "must be a web address";
    public const string NotALink = "'{0}' is not a web address starting with http:// or https://";
    public const string MustBeOneItem = "must be one item id";
    public const string MustBeItemList = "must be a list of item ids";
    public const string NotAnItemId = "'{0}' is not an item id";
    public const string MustBeOneUser = "must be one user id";
    public const string MustBeUserList = "must be a list of user ids";
    public const string NotAUserId = "'{0}' is not a user id";
    public const string MustBeTags = "must be a list of tags";
    public const string TagTooLong = "tag '{0}' is longer than 50 characters";
    public const string ItemMissing = "item '{0}' does not exist";
    public const string ItemWrongType = "item '{0}' is a {1}, not a {2}";
    public const string NoHeader = "the file has no header row naming the columns";
    public const string ColumnWithoutName = "the column has no name";
    public const string ColumnTwice = "the column appears twice";
    public const string NotValidCsv = "the record is not valid CSV ({0})";
    public const string CellCount = "the row has {0} cells but the header names {1} columns";
    public const string CannotMerge = "a {0} cannot be merged into a {1}";

    // Rules modules enforce through content preparers (a step-by-step status, a field a step needs).
    public const string NotAllowedChange = "cannot go from '{0}' to '{1}'; allowed next: {2}";
    public const string MustStartAs = "a new item must start as {0}";
    public const string RequiredFor = "is required for '{0}'";
    public const string RequiredToReopen = "is required to reopen";
    public const string AlreadyTaken = "'{0}' is already used by another item of this type";

    // Unique fields and keys (ContentTypeSettings.UniqueKeys): {1} of the "with" forms names the key's other fields and values.
    public const string AlreadyUsedBy = "'{0}' is already used by {1}";
    public const string AlreadyUsedWithBy = "'{0}' together with {1} is already used by {2}";
    public const string AlreadyTakenWith = "'{0}' together with {1} is already used by another item of this type";
    public const string AlreadyInRow = "'{0}' is already used in row {1} of this import";
    public const string AlreadyInRowWith = "'{0}' together with {1} is already used in row {2} of this import";
    // A unique field or key declared over live items that already share values: {2} lists the SharedBy cases.
    public const string CannotBeMadeUnique = "{0} items already share values of {1}, so they cannot be made unique: {2}. Change or delete the duplicates first.";
    public const string SharedBy = "{0} is used by {1} items ({2})";
    public const string NotASavedQueryOf = "'{0}' is not a saved query of {1}";
    public const string NotASavedQuery = "'{0}' is not a saved query";

    /// <summary>A Liquid template (Crm.Core.Templates) in a field that does not parse: where (line and position in the field) and why.</summary>
    public const string LiquidError = "has a Liquid error at line {0}, position {1}: {2}";
    public const string LiquidErrorNoPlace = "has a Liquid error: {0}";

    /// <summary>A list of field names (e.g. the fields a form asks for) with names that are no such field, or none it may use.</summary>
    public const string UnusableFields = "names fields that do not exist or cannot be filled in here: {0}";
    public const string NoFields = "must name at least one field";

    /// <summary>All of the above (for the translation check).</summary>
    public static IEnumerable<string> All =>
        typeof(FieldMessages).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Distinct();
}
