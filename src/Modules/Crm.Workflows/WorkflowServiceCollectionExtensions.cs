using Crm.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>An activity (or trigger) type for the designer and the engine; modules add theirs the same way.</summary>
    public static IServiceCollection AddActivity<T>(this IServiceCollection services) where T : class, IWorkflowActivity =>
        services.AddSingleton<IWorkflowActivity, T>();
}
