using System.Text.RegularExpressions;

namespace Crm.Users.Services;

public static partial class RoleNames
{
    public const string Rule = "a role name is 1-50 letters, digits, spaces, '-' or '_', starting with a letter";

    [GeneratedRegex(@"^\p{L}[\p{L}\p{Nd} _-]{0,49}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string name) => Pattern().IsMatch(name);
}
