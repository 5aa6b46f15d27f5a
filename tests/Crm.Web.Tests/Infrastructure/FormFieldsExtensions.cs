namespace Crm.Web.Tests.Infrastructure;

public static class FormFieldsExtensions
{
    /// <summary>The form fields with one more (or a changed) field, for posting a variant of a form.</summary>
    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }
}
