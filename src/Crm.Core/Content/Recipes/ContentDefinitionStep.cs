using Crm.Core.Content.Definitions;
using Crm.Core.Content.Fields;
using Crm.Core.Recipes;

namespace Crm.Core.Content.Recipes;

/// <summary>
/// <c>{ "name": "ContentDefinition", "ContentTypes": [...], "ContentParts": [...] }</c> in Orchard Core's shape.
/// Types and parts are upserted (a part's fields merged by name); running it twice changes nothing.
/// </summary>
public sealed class ContentDefinitionStep(ContentDefinitionManager definitions, FieldKinds kinds) : IRecipeStep
{
    public string Name => "ContentDefinition";

    public void Validate(RecipeValidationContext context)
    {
        var parsed = OrchardDefinitionFormat.Read(context.Step, context.Error);
        for (var p = 0; p < parsed.Parts.Count; p++)
        {
            var part = parsed.Parts[p];
            if (ContentNames.Error(part.Name, "Part") is { } partError) context.Error($".ContentParts[{p}].Name", partError);
            for (var f = 0; f < part.Fields.Count; f++)
            {
                var field = part.Fields[f];
                var path = $".ContentParts[{p}].ContentPartFieldDefinitionRecords[{f}]";
                if (ContentNames.Error(field.Name, "Field") is { } nameError) context.Error(path + ".Name", nameError);
                if (kinds.Find(field.Kind) is not { } kind)
                {
                    context.Error(path + ".FieldName", $"unknown field kind '{field.Kind}'; known kinds: {string.Join(", ", kinds.Names)}");
                    continue;
                }
                foreach (var problem in kind.ValidateSettings(field.Settings)) context.Error(path + ".Settings", problem);
            }
        }
        for (var t = 0; t < parsed.Types.Count; t++)
        {
            if (ContentNames.Error(parsed.Types[t].Name, "Type") is { } typeError) context.Error($".ContentTypes[{t}].Name", typeError);
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var parsed = OrchardDefinitionFormat.Read(context.Step, (_, _) => { });
        try
        {
            await definitions.AlterAsync(current => OrchardDefinitionFormat.Merge(current, parsed), cancellationToken);
        }
        catch (ContentDefinitionException e)
        {
            throw new RecipeException(context.Recipe.Name, e.Errors.Select(x => new RecipeError(context.StepIndex, $"$.steps[{context.StepIndex}]", x.ToString())).ToList());
        }
    }
}
