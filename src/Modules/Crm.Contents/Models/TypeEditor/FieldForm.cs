using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;

namespace Crm.Contents.Models.TypeEditor;

/// <summary>The add/edit field form as posted: every setting as text, so a bad value can be shown back as typed.</summary>
public sealed class FieldForm
{
    public string Name { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? Hint { get; set; }
    public string Kind { get; set; } = "Text";
    public bool Required { get; set; }
    public bool Indexed { get; set; }
    public bool Unique { get; set; }
    public bool ReadOnly { get; set; }
    public string? Default { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    public string? MaxLength { get; set; }
    public string? Pattern { get; set; }
    public string? Options { get; set; }
    public bool Multiple { get; set; }
    public List<string> RelatedTypes { get; set; } = [];
    public string? Currency { get; set; }

    public static FieldForm From(ContentFieldDefinition field)
    {
        var s = field.Settings;
        return new FieldForm
        {
            Name = field.Name,
            DisplayName = s.DisplayName,
            Hint = s.Hint,
            Kind = field.Kind,
            Required = s.Required,
            Indexed = s.Indexed,
            Unique = s.Unique,
            ReadOnly = s.ReadOnly,
            Default = s.Default switch
            {
                null => null,
                JsonValue value when value.TryGetValue<string>(out var text) => text,
                var node => node.ToJsonString(),
            },
            Min = s.Min?.ToString(CultureInfo.InvariantCulture),
            Max = s.Max?.ToString(CultureInfo.InvariantCulture),
            MaxLength = s.MaxLength?.ToString(CultureInfo.InvariantCulture),
            Pattern = s.Pattern,
            Options = string.Join("\n", s.Options.Select(o => o.Value == o.Label ? o.Value : $"{o.Value}|{o.Label}")),
            Multiple = s.Multiple,
            RelatedTypes = s.RelatedTypes.ToList(),
            Currency = s.Currency,
        };
    }

    /// <summary>
    /// The settings the form describes, keeping what the form does not show (position). Text that cannot be read
    /// (a number, the default for a kind) is reported on <paramref name="errors"/> with <paramref name="text"/>'s wording.
    /// </summary>
    public FieldSettings ToSettings(FieldSettings current, IContentFieldKind? kind, FormErrors errors, Func<string, string> text) => current with
    {
        DisplayName = Blank(DisplayName),
        Hint = Blank(Hint),
        Required = Required,
        Indexed = Indexed,
        Unique = Unique,
        ReadOnly = ReadOnly,
        Default = ParseDefault(kind, errors, text),
        Min = Decimal(Min, "Min", errors, text),
        Max = Decimal(Max, "Max", errors, text),
        MaxLength = Integer(MaxLength, "MaxLength", errors, text),
        Pattern = Blank(Pattern),
        Options = ParseOptions(),
        Multiple = Multiple,
        RelatedTypes = RelatedTypes.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        Currency = Blank(Currency)?.ToUpperInvariant(),
    };

    private IReadOnlyList<ChoiceOption> ParseOptions() =>
        (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(parts => new ChoiceOption(parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : parts[0]))
            .ToList();

    /// <summary>Lists and objects are typed as JSON; numbers and yes/no as JSON literals; everything else is text as typed.</summary>
    private JsonNode? ParseDefault(IContentFieldKind? kind, FormErrors errors, Func<string, string> text)
    {
        if (Blank(Default) is not { } value || kind is null) return null;
        var settings = new FieldSettings { Multiple = Multiple };
        var json = kind.StorageFor(settings) is FieldStorage.Json or FieldStorage.Number or FieldStorage.Boolean || kind is MoneyFieldKind;
        if (!json) return JsonValue.Create(value);
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            errors.Add("Default", text("The default is not valid JSON (a list looks like [\"A\", \"B\"]; a number like 12.5; yes/no is true or false)."));
            return null;
        }
    }

    private static decimal? Decimal(string? value, string input, FormErrors errors, Func<string, string> text)
    {
        if (Blank(value) is not { } typed) return null;
        if (decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) return number;
        errors.Add(input, text("Enter a number, e.g. 10 or 2.5."));
        return null;
    }

    private static int? Integer(string? value, string input, FormErrors errors, Func<string, string> text)
    {
        if (Blank(value) is not { } typed) return null;
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        errors.Add(input, text("Enter a whole number, e.g. 100."));
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
