using Crm.Core.Data;
using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Retention.Programs;

/// <summary>
/// Saves a program's settings: its holdout share and window (the tenant setting), and — for a program whose workflow
/// sweeps for quiet customers — the quiet days in that sweep's filter, published as the workflow's next version. All in one
/// transaction. A workflow with unpublished changes in the designer is not touched (publishing would publish those too):
/// the admin is asked to publish or discard them first.
/// </summary>
public sealed class ProgramSettingsEditor(TenantDb db, ProgramSettingsStore settings, WorkflowStore workflows)
{
    public async Task SaveAsync(RetentionProgram program, ProgramSettings values, int? quietDays, string? userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await settings.SaveAsync(program.Name, values, cancellationToken);
        if (quietDays is { } days)
        {
            foreach (var workflow in program.Workflows.Where(w => w.QuietDays is not null && w.QuietDays != days))
            {
                var type = await workflows.FindAsync(workflow.Id, cancellationToken) ?? throw new ProgramSettingsException("The workflow {0} no longer exists.", workflow.Name);
                var published = type.PublishedVersion is { } v ? await workflows.VersionAsync(type.Id, v, cancellationToken) : null;
                if (published is null || WorkflowJson.Write(published.Definition) != WorkflowJson.Write(type.Draft))
                {
                    throw new ProgramSettingsException("The workflow {0} has changes that are not published; publish or discard them in the designer first.", type.DisplayName);
                }
                var quiet = QuietDays.Of(type.Draft) ?? throw new ProgramSettingsException("The workflow {0} no longer sweeps for quiet customers.", type.DisplayName);
                await workflows.SaveDraftAsync(quiet.Apply(type.Draft, days), cancellationToken);
                await workflows.PublishAsync(type.Id, userId, cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
