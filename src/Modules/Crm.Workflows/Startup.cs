using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Outbox;
using Crm.Core.Recipes;
using Crm.GraphQL;
using Crm.Workflows.GraphQL;
using Crm.Workflows.Admin;
using Crm.Workflows.Activities;
using Crm.Workflows.Definitions;
using Crm.Workflows.Expressions;
using Crm.Workflows.Notifications;
using Crm.Workflows.Recipes;
using Crm.Workflows.Runtime;
using Crm.Workflows.Triggers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows;

public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WorkflowRunOptions>(configuration.GetSection(WorkflowRunOptions.Section));
        services.Configure<ScriptLimits>(configuration.GetSection(ScriptLimits.Section));
        services.AddSingleton<ScriptSandbox>();
        services.AddSingleton<ActivityRegistry>();
        services.AddScoped<WorkflowValidator>();
        services.AddScoped<ShippedContentTypes>();
        services.AddScoped<WorkflowStore>();
        services.AddScoped<WorkflowSchedules>();
        services.AddScoped<InstanceStore>();
        services.AddScoped<WorkflowRunner>();
        services.AddScoped<WorkflowStarter>();
        services.AddScoped<WorkflowEvents>();
        services.AddScoped<SweepRunner>();
        services.AddScoped<ManualStarts>();
        services.AddScoped<Crm.Core.Content.Screens.IItemActionSource, Screens.WorkflowItemActions>();
        services.AddDueWorkProcessor<WorkflowProcessor>();
        services.AddScoped<WorkflowProcessor>();
        services.AddContentHandler<ContentTriggerHandler>();
        services.AddRecipeStep<WorkflowTypeStep>();
        services.AddScoped<IRecipeExportContributor, WorkflowExportContributor>();
        services.AddPermissions<Permissions>();
        services.AddGraphQLSchemaContributor<WorkflowSchemaContributor>();
        services.AddWorkflowAdmin();

        services.AddActivity<ContentCreatedTrigger>();
        services.AddActivity<ContentUpdatedTrigger>();
        services.AddActivity<ContentDeletedTrigger>();
        services.AddActivity<CronTrigger>();
        services.AddActivity<SweepTrigger>();
        services.AddActivity<ManualTrigger>();
        services.AddActivity<WebhookTrigger>();
        services.AddActivity<SignalTrigger>();
        services.AddActivity<SetPropertyActivity>();
        services.AddActivity<IfElseActivity>();
        services.AddActivity<SwitchActivity>();
        services.AddActivity<ForEachActivity>();
        services.AddActivity<DelayActivity>();
        services.AddActivity<WaitForEventActivity>();
        services.AddActivity<LogActivity>();
        services.AddActivity<ScriptActivity>();
        services.AddActivity<CreateContentActivity>();
        services.AddActivity<UpdateContentActivity>();
        services.AddActivity<LoadContentActivity>();
        services.AddActivity<DeleteContentActivity>();
        services.AddActivity<SendEmailActivity>();
        services.AddActivity<HttpRequestActivity>();
        services.AddHttpClient(nameof(HttpOutboxHandler), client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddOutboxHandler<HttpOutboxHandler>();
        services.AddOutboxCompletionHandler<OutboxEvents>();
        services.AddActivity<NotifyActivity>();
    }
}
