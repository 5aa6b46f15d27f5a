using Microsoft.Extensions.DependencyInjection;

using Crm.Contents.Services.Filters;
using Crm.Contents.Services.Items;

namespace Crm.Contents;

public static class ItemScreensServiceCollectionExtensions
{
    /// <summary>The services behind the item screens (list, form, detail, recycle bin), per request.</summary>
    public static IServiceCollection AddItemScreens(this IServiceCollection services) => services
        .AddScoped<ItemTypes>().AddScoped<ItemFormBinder>().AddScoped<ItemValueFormatter>().AddScoped<ItemNameLookup>()
        .AddScoped<ItemListBuilder>().AddScoped<ItemFormBuilder>().AddScoped<ItemDetailBuilder>().AddScoped<ItemRelatedListsBuilder>().AddScoped<RecycleBinQuery>()
        .AddScoped<RelationOptionSearch>().AddScoped<FilterBuilderFields>().AddScoped<ListFilterFormBuilder>().AddSingleton<MarkdownPreview>();
}
