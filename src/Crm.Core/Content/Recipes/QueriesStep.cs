using Crm.Core.Content.Queries;
using Crm.Core.Recipes;

namespace Crm.Core.Content.Recipes;

/// <summary>
/// <c>{ "name": "Queries", "Queries": [ { "Name": "ProspectsA", "ContentType": "Customer", "Filter": { "Stage": "Prospect" }, "OrderBy": [ "LastActivityAt desc" ] } ] }</c>
/// Saves (upserts by name) queries in the filter language. The shape is checked with the recipe; fields are checked when
/// the step runs, against the definitions earlier steps made, and reported at their JSON path.
/// </summary>
public sealed class QueriesStep(SavedQueries queries) : IRecipeStep
{
    public string Name => "Queries";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (query, path) in context.Objects(context.Step, "Queries", required: true))
        {
            context.String(query, "Name", path, required: true);
            context.String(query, "ContentType", path, required: true);
            context.Strings(query, "OrderBy", path);
            try
            {
                FilterJson.Parse(query["Filter"]);
            }
            catch (FilterException e)
            {
                foreach (var error in e.Errors) context.Error(path + error.Path[1..], error.Message);
            }
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var errors = new List<RecipeError>();
        var list = context.Step["Queries"]!.AsArray();
        for (var j = 0; j < list.Count; j++)
        {
            var query = list[j]!.AsObject();
            var saved = new SavedQuery(
                query["Name"]!.GetValue<string>(), query["ContentType"]!.GetValue<string>(), query["Filter"]?.DeepClone(),
                query["OrderBy"]?.AsArray().Select(o => o!.GetValue<string>()).ToList() ?? []);
            try
            {
                await queries.SaveAsync(saved, cancellationToken);
            }
            catch (FilterException e)
            {
                errors.AddRange(e.Errors.Select(error => new RecipeError(context.StepIndex, $"$.steps[{context.StepIndex}].Queries[{j}]{error.Path[1..]}", error.Message)));
            }
        }
        if (errors.Count > 0) throw new RecipeException(context.Recipe.Name, errors);
    }
}
