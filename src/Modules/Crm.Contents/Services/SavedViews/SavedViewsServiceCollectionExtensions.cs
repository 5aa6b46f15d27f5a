using Crm.Contents.Services.SavedViews;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Contents;

public static class SavedViewsServiceCollectionExtensions
{
    /// <summary>The services behind the saved views of the list screens, per request.</summary>
    public static IServiceCollection AddSavedViews(this IServiceCollection services) => services
        .AddScoped<SavedViewStore>().AddScoped<SavedViewAccess>().AddScoped<SavedViewsPanelBuilder>().AddScoped<SavedViewFilterCheck>();
}
