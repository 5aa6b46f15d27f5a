namespace Crm.Workflows.Triggers;

/// <param name="Matched">Items the filter selects now.</param>
/// <param name="Started">New instances (matches whose dedupe key had no instance yet).</param>
public sealed record SweepResult(long Matched, int Started);
