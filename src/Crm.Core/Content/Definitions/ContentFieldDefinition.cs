namespace Crm.Core.Content.Definitions;

/// <param name="Kind">A field kind: Text, Number, Money, Boolean, Date, DateTime, Choice, Email, Phone, Link,
/// Markdown, Html, ContentPicker, UserPicker, Tags.</param>
public sealed record ContentFieldDefinition(string Name, string Kind, FieldSettings Settings)
{
    public string DisplayName => Settings.DisplayName ?? Name;
}
