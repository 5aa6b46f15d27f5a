using Crm.Contents.Services.Bulk;
using Crm.Contents.Services.Kanban;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Contents;

public static class ContentToolsServiceCollectionExtensions
{
    /// <summary>The services behind the kanban board, bulk actions and CSV export, per request.</summary>
    public static IServiceCollection AddContentTools(this IServiceCollection services) => services
        .AddScoped<KanbanBoardBuilder>().AddScoped<ContentToolsPermissions>().AddScoped<BulkActionRunner>().AddScoped<CsvExporter>();
}
