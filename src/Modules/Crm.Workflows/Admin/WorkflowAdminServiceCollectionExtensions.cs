using Crm.Core.Hosting;
using Crm.Workflows.Designer;
using Crm.Workflows.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Workflows.Admin;

public static class WorkflowAdminServiceCollectionExtensions
{
    /// <summary>The workflow screens: list, designer, instances, notifications, and their menu entries.</summary>
    public static IServiceCollection AddWorkflowAdmin(this IServiceCollection services)
    {
        services.AddAdminMenu<AdminMenu>();
        services.AddScoped<WorkflowAdministration>();
        services.AddScoped<InstanceAdministration>();
        services.AddScoped<NotificationStore>();
        services.AddScoped<ActivityPalette>();
        services.AddScoped<WorkflowTestRunner>();
        return services;
    }
}
