namespace Crm.WebTracking.Forms;

/// <summary>The form page's model: the form, what the visitor typed (by input name), and how the last submit went.</summary>
public sealed record WebFormPage(WebFormSpec Form, string? VisitorId, string PostUrl)
{
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    public bool Thanked { get; init; }
    public bool TooMany { get; init; }
}
