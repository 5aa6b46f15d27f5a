using Crm.Core.Recipes;
using Crm.Users.Models;
using Crm.Users.Services;
using Microsoft.AspNetCore.Identity;

namespace Crm.Users.Recipes;

/// <summary>
/// <c>{ "name": "Users", "Users": [ { "UserName": "kim", "Email": "kim@example.com", "Password": "...", "Roles": ["SalesRep"] } ] }</c>
/// An existing user keeps its password; listed roles are added.
/// </summary>
public sealed class UsersStep(UserManager<CrmUser> users, RoleManager<CrmRole> roles) : IRecipeStep
{
    public string Name => "Users";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (user, path) in context.Objects(context.Step, "Users", required: true))
        {
            var userName = context.String(user, "UserName", path, required: true);
            if (userName is not null && userName.Any(c => !users.Options.User.AllowedUserNameCharacters.Contains(c)))
            {
                context.Error(path + ".UserName", $"'{userName}' has characters a user name cannot have");
            }
            var email = context.String(user, "Email", path, required: true);
            if (email is not null && !email.Contains('@')) context.Error(path + ".Email", $"'{email}' is not an e-mail address");
            var password = context.String(user, "Password", path, required: true);
            if (password is not null && password.Length < users.Options.Password.RequiredLength)
            {
                context.Error(path + ".Password", $"must be at least {users.Options.Password.RequiredLength} characters");
            }
            context.Strings(user, "Roles", path);
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var items = context.Step["Users"]!.AsArray();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i]!.AsObject();
            var path = $"$.steps[{context.StepIndex}].Users[{i}]";
            var userName = item["UserName"]!.GetValue<string>();
            var user = await users.FindByNameAsync(userName);
            if (user is null)
            {
                user = new CrmUser { UserName = userName, Email = item["Email"]!.GetValue<string>(), EmailConfirmed = true };
                var created = await users.CreateAsync(user, item["Password"]!.GetValue<string>());
                if (!created.Succeeded) throw new RecipeException(context.Recipe.Name, [new RecipeError(context.StepIndex, path, created.Describe())]);
            }

            var roleNames = item["Roles"]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];
            for (var r = 0; r < roleNames.Count; r++)
            {
                if (!await roles.RoleExistsAsync(roleNames[r]))
                {
                    throw new RecipeException(context.Recipe.Name, [new RecipeError(context.StepIndex, $"{path}.Roles[{r}]", $"role '{roleNames[r]}' does not exist")]);
                }
                if (!await users.IsInRoleAsync(user, roleNames[r])) await users.AddToRoleAsync(user, roleNames[r]);
            }
        }
    }
}
