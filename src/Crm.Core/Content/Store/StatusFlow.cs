using Crm.Core.Content.Fields;

namespace Crm.Core.Content.Store;

/// <summary>
/// The moves of a step-by-step choice field (a ticket's or an email campaign's Status): which values may follow each one.
/// A module's content preparer checks every write with it — form, board, import, API, workflow — so no path skips a step;
/// a refused move names the field, both values and the allowed next ones, by their labels.
/// </summary>
public sealed class StatusFlow(IReadOnlyDictionary<string, string[]> next)
{
    public IReadOnlyList<string> AllowedAfter(string? status) => status is not null && next.TryGetValue(status, out var after) ? after : [];

    public bool MayMove(string? from, string to) => AllowedAfter(from).Contains(to);

    /// <summary>Refuses an update that changes <paramref name="field"/> from <paramref name="before"/> to <paramref name="status"/> by a move the flow does not have.</summary>
    /// <returns>False when the write is refused.</returns>
    public bool Check(ContentPreparing item, string field, string? before, string? status)
    {
        if (item.IsCreate || before == status || (status is not null && MayMove(before, status))) return true;
        var allowed = AllowedAfter(before).Select(value => item.OptionLabel(field, value)).ToList();
        item.Refuse(field, new FieldProblem(FieldMessages.NotAllowedChange, item.OptionLabel(field, before), item.OptionLabel(field, status),
            allowed.Count == 0 ? "-" : string.Join(", ", allowed)));
        return false;
    }
}
