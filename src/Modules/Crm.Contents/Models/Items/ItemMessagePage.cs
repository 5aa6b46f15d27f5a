namespace Crm.Contents.Models.Items;

/// <summary>A refusal or conflict shown on its own page (403, 404, 409), with a way back.</summary>
public sealed record ItemMessagePage(string Title, string Message, string? LinkUrl, string? LinkText);
