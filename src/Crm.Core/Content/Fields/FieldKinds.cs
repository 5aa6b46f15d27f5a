namespace Crm.Core.Content.Fields;

/// <summary>The registered field kinds by name ("Text" and Orchard's "TextField" both find the Text kind).</summary>
public sealed class FieldKinds(IEnumerable<IContentFieldKind> kinds)
{
    private readonly Dictionary<string, IContentFieldKind> _kinds = kinds.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Names => _kinds.Keys.Order();

    public IContentFieldKind? Find(string name) =>
        _kinds.GetValueOrDefault(name) ?? (name.EndsWith("Field", StringComparison.OrdinalIgnoreCase) ? _kinds.GetValueOrDefault(name[..^5]) : null);

    public IContentFieldKind Get(string name) => Find(name) ?? throw new KeyNotFoundException($"Unknown field kind '{name}'.");

    /// <summary>The platform's own kinds; modules may register more as <see cref="IContentFieldKind"/> singletons.</summary>
    public static IReadOnlyList<IContentFieldKind> BuiltIn { get; } =
    [
        new TextFieldKind(), new NumberFieldKind(), new MoneyFieldKind(), new BooleanFieldKind(), new DateFieldKind(),
        new DateTimeFieldKind(), new ChoiceFieldKind(), new EmailFieldKind(), new PhoneFieldKind(), new LinkFieldKind(),
        new MarkdownFieldKind(), new HtmlFieldKind(), new ContentPickerFieldKind(), new UserPickerFieldKind(), new TagsFieldKind(),
    ];
}
