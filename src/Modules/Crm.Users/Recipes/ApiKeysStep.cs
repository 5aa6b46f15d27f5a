using Crm.Core.Modules;
using Crm.Core.Recipes;
using Crm.Users.Models;
using Crm.Users.Services;
using Microsoft.AspNetCore.Identity;

namespace Crm.Users.Recipes;

/// <summary>
/// <c>{ "name": "ApiKeys", "ApiKeys": [ { "Name": "erp", "User": "admin", "Key": "...", "Roles": ["Manager"] } ] }</c>
/// Keys are stored hashed; a key whose name exists already is left as it is.
/// </summary>
[ForFeature("Crm.ApiKeys")]
public sealed class ApiKeysStep(ApiKeyService apiKeys, UserManager<CrmUser> users) : IRecipeStep
{
    public string Name => "ApiKeys";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (key, path) in context.Objects(context.Step, "ApiKeys", required: true))
        {
            context.String(key, "Name", path, required: true);
            context.String(key, "User", path, required: true);
            var secret = context.String(key, "Key", path, required: true);
            if (secret is not null && secret.Length < ApiKeyService.MinimumKeyLength)
            {
                context.Error(path + ".Key", $"must be at least {ApiKeyService.MinimumKeyLength} characters");
            }
            if (context.Strings(key, "Roles", path).Count == 0) context.Error(path + ".Roles", "at least one role is required");
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var items = context.Step["ApiKeys"]!.AsArray();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i]!.AsObject();
            var path = $"$.steps[{context.StepIndex}].ApiKeys[{i}]";
            var name = item["Name"]!.GetValue<string>();
            if (await apiKeys.FindByNameAsync(name, cancellationToken) is not null) continue;
            var user = await users.FindByNameAsync(item["User"]!.GetValue<string>())
                ?? throw new RecipeException(context.Recipe.Name, [new RecipeError(context.StepIndex, path + ".User", $"user '{item["User"]}' does not exist")]);
            var roles = item["Roles"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
            try
            {
                await apiKeys.CreateAsync(name, user.Id, roles, item["Key"]!.GetValue<string>(), cancellationToken: cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw new RecipeException(context.Recipe.Name, [new RecipeError(context.StepIndex, path, e.Message)]);
            }
        }
    }
}
