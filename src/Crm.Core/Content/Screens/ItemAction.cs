namespace Crm.Core.Content.Screens;

/// <param name="Label">The button's text, in the user's language.</param>
/// <param name="PostUrl">The app-relative path ("/admin/...") the button posts the form field <c>itemIds</c> to.</param>
public sealed record ItemAction(string Label, string PostUrl);
