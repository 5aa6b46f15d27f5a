using Crm.Core.Content.Definitions;
using Crm.Core.Content.Queries;

namespace Crm.Contents.Services.SavedViews;

/// <summary>Compiles a view's filter and sort with the content query, so a view that could never run is not saved.</summary>
public sealed class SavedViewFilterCheck(ContentQuery query)
{
    /// <summary>The problems found ("path: message"), empty when the filter and sort compile.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(ContentTypeDefinition type, string? filter, string? sort, CancellationToken cancellationToken)
    {
        try
        {
            await query.CompileAsync(new ContentQueryRequest
            {
                ContentType = type.Name,
                Filter = FilterText.Parse(filter),
                OrderBy = string.IsNullOrWhiteSpace(sort) ? [] : [sort.Trim()],
                Count = CountMode.None,
            }, cancellationToken);
            return [];
        }
        catch (FilterException e)
        {
            return e.Errors.Select(error => $"{error.Path}: {error.Message}").ToList();
        }
    }
}
