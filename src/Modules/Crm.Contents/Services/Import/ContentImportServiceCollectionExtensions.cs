using Crm.Contents.Services.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Contents;

public static class ContentImportServiceCollectionExtensions
{
    /// <summary>The CSV import screen: uploads are host-wide (keyed by tenant), jobs run as the kernel's background jobs, the runner per scope.</summary>
    public static IServiceCollection AddContentImport(this IServiceCollection services) => services
        .AddSingleton<ImportUploads>()
        .AddScoped<CsvImportFile>().AddScoped<CsvImportRunner>();
}
