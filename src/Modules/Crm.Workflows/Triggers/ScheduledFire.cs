using Crm.Workflows.Definitions;
using Crm.Workflows.Runtime;

namespace Crm.Workflows.Triggers;

/// <summary>One occurrence of a schedule, in a scope of the tenant.</summary>
public sealed record ScheduledFire(WorkflowVersion Version, ActivityDefinition Activity, DateTimeOffset Occurrence, IServiceProvider Services);
