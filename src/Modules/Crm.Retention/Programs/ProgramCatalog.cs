using Crm.Retention.Workflows;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Retention.Programs;

/// <summary>
/// The tenant's retention programs: every program named by an "Enrol in program" activity of a workflow (so a program an
/// admin builds in the designer appears by itself), and every program that has enrolments (one whose workflow was since
/// changed or removed still shows its outcome).
/// </summary>
public sealed class ProgramCatalog(WorkflowStore workflows, ProgramEnrolments enrolments)
{
    public async Task<IReadOnlyList<RetentionProgram>> ListAsync(CancellationToken cancellationToken)
    {
        var byProgram = new SortedDictionary<string, List<ProgramWorkflow>>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in await workflows.ListAsync(cancellationToken))
        {
            foreach (var name in ProgramsOf(type.Draft))
            {
                if (!byProgram.TryGetValue(name, out var list)) byProgram[name] = list = [];
                list.Add(new ProgramWorkflow(type.Id, type.Name, type.DisplayName, type.PublishedVersion is not null, type.Enabled, QuietDays.Of(type.Draft)?.Days));
            }
        }
        foreach (var name in await enrolments.ProgramsAsync(cancellationToken))
        {
            if (!byProgram.ContainsKey(name)) byProgram[name] = [];
        }
        return byProgram.Select(p => new RetentionProgram(p.Key, p.Value)).ToList();
    }

    public async Task<RetentionProgram?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The program names a definition's enrol activities carry (literal names; a Liquid name cannot be listed).</summary>
    public static IEnumerable<string> ProgramsOf(WorkflowDefinition definition) =>
        definition.Activities.Where(a => a.Type == EnrolInProgramActivity.TypeName)
            .Select(a => a.Text("program")?.Trim())
            .OfType<string>()
            .Where(p => p.Length > 0 && !p.Contains("{{", StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
