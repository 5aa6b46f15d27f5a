namespace Crm.Opportunities.Models;

/// <param name="Stages">The Stage field's options in their order; empty when the Opportunity type has no Stage choice field.</param>
public sealed record PipelinePage(IReadOnlyList<PipelineStageRow> Stages, string? Notice)
{
    public bool HasErrors => Stages.Any(s => s.Error is not null);
}
