using Crm.Workflows.Expressions;
using Crm.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Activities;

/// <summary>Runs JavaScript in the sandbox (no access to the server, time/statement/memory/recursion limits); it may change <c>variables</c>.</summary>
public sealed class ScriptActivity : IWorkflowActivity
{
    public ActivityDescriptor Descriptor { get; } = new("Script", "Flow", "Script", "JavaScript that computes variables, e.g. variables.score = item.Visits * 2;",
        [new("script", PropertyKind.Script, "Statements; variables.x = ... keeps a value.", Required: true)], [Outcomes.Done]);

    public Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variables = context.Services.GetRequiredService<ScriptSandbox>().Execute(context.Activity.Text("script")!, context.Scope());
        foreach (var (name, value) in variables) context.Variables[name] = value?.DeepClone();
        return Task.FromResult(ActivityResult.Outcome(Outcomes.Done));
    }
}
