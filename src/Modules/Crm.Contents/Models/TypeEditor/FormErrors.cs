using Crm.Core.Content;
using Crm.Core.Content.Definitions;
using Microsoft.Extensions.Localization;

namespace Crm.Contents.Models.TypeEditor;

/// <summary>Messages per form input ("" = the whole form), so each is shown next to what caused it.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _messages = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _messages.Count > 0;

    public IEnumerable<string> All => _messages.Values.SelectMany(m => m);

    public IReadOnlyList<string> For(string input) => _messages.TryGetValue(input, out var list) ? list : [];

    /// <summary>Messages whose input is not on the form, shown in the alert at the top.</summary>
    public IEnumerable<string> Unplaced(IEnumerable<string> inputs)
    {
        var placed = inputs.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return _messages.Where(m => !placed.Contains(m.Key)).SelectMany(m => m.Value);
    }

    public void Add(string input, string message)
    {
        if (!_messages.TryGetValue(input, out var list)) _messages[input] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    /// <summary>
    /// Maps the manager's errors to inputs: the path after <paramref name="prefix"/> names the setting
    /// ("Customer.Stage.Options" → "Options"). Kinds report their settings problems on the field's own path, so
    /// those are placed by the setting the message names. Errors that carry a translatable problem (a unique field refused
    /// over existing duplicates) are shown in the admin's language through <paramref name="content"/>.
    /// </summary>
    public void AddAll(ContentDefinitionException exception, string prefix, IStringLocalizer<ContentText>? content = null)
    {
        foreach (var error in exception.Errors)
        {
            var input = error.Path.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase) ? error.Path[(prefix.Length + 1)..]
                : string.Equals(error.Path, prefix, StringComparison.OrdinalIgnoreCase) ? Guess(error.Message) : "";
            var message = content is not null && error.Problem is { } problem ? problem.Localize(content) : error.Message;
            Add(input, input.Length == 0 ? $"{error.Path}: {message}" : message);
        }
    }

    /// <summary>Puts every error of the manager next to one input (a form with a single subject, e.g. an index).</summary>
    public void AddAllTo(ContentDefinitionException exception, string input)
    {
        // In the page's alert the message alone would not say what it is about (e.g. a duplicate rule); the path does.
        foreach (var error in exception.Errors) Add(input, input.Length == 0 ? error.ToString() : error.Message);
    }

    private static string Guess(string message) => message switch
    {
        _ when message.Contains("option", StringComparison.OrdinalIgnoreCase) => "Options",
        _ when message.StartsWith("Min", StringComparison.Ordinal) => "Min",
        _ when message.Contains("Currency", StringComparison.Ordinal) => "Currency",
        _ when message.Contains("related type", StringComparison.OrdinalIgnoreCase) => "RelatedTypes",
        _ when message.Contains("pattern", StringComparison.OrdinalIgnoreCase) => "Pattern",
        _ when message.Contains("length", StringComparison.OrdinalIgnoreCase) => "MaxLength",
        _ when message.Contains("name", StringComparison.OrdinalIgnoreCase) => "Name",
        _ => "",
    };
}
