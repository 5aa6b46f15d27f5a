using Crm.Contents.Services.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Contents;

public static class ContentImportServiceCollectionExtensions
{
    /// <summary>The CSV import screen: uploads and jobs are host-wide (keyed by tenant), the runner per scope.</summary>
    public static IServiceCollection AddContentImport(this IServiceCollection services) => services
        .AddSingleton<ImportUploads>().AddSingleton<ImportJobs>().AddSingleton<ImportJobStarter>()
        .AddScoped<CsvImportFile>().AddScoped<CsvImportRunner>();
}
