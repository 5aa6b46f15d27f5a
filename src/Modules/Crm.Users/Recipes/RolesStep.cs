using System.Text.Json.Nodes;
using Crm.Core.Recipes;
using Crm.Core.Security;
using Crm.Users.Models;
using Crm.Users.Services;
using Microsoft.AspNetCore.Identity;

namespace Crm.Users.Recipes;

/// <summary>
/// <c>{ "name": "Roles", "Roles": [ { "Name": "SalesRep", "Description": "...", "Permissions": [...], "AddPermissions": [...] } ] }</c>
/// "Permissions" replaces the role's permissions; "AddPermissions" adds to them (for modules' feature recipes).
/// </summary>
public sealed class RolesStep(RoleManager<CrmRole> roles, RolePermissions rolePermissions, TenantPermissions permissions) : IRecipeStep
{
    public string Name => "Roles";

    public void Validate(RecipeValidationContext context)
    {
        foreach (var (role, path) in context.Objects(context.Step, "Roles", required: true))
        {
            var name = context.String(role, "Name", path, required: true);
            if (name is not null && !RoleNames.IsValid(name)) context.Error(path + ".Name", RoleNames.Rule);
            context.String(role, "Description", path);
            foreach (var property in new[] { "Permissions", "AddPermissions" })
            {
                foreach (var (permission, permissionPath) in context.Strings(role, property, path))
                {
                    if (!permissions.MayExist(permission)) context.Error(permissionPath, $"unknown permission '{permission}'");
                }
            }
        }
    }

    public async Task ExecuteAsync(RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var node in context.Step["Roles"]!.AsArray())
        {
            var item = node!.AsObject();
            var name = item["Name"]!.GetValue<string>().Trim();
            var description = item["Description"]?.GetValue<string>();
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                var created = await roles.CreateAsync(new CrmRole { Name = name, Description = description ?? "" });
                if (!created.Succeeded) throw new InvalidOperationException($"Role '{name}': {created.Describe()}");
            }
            else if (description is not null && description != role.Description)
            {
                role.Description = description;
                await roles.UpdateAsync(role);
            }

            var replace = Names(item["Permissions"]);
            var add = Names(item["AddPermissions"]);
            if (replace is null && add is null) continue;
            var current = await rolePermissions.ForRoleAsync(name, cancellationToken);
            var wanted = new HashSet<string>(replace ?? (IEnumerable<string>)current, StringComparer.OrdinalIgnoreCase);
            wanted.UnionWith(add ?? []);
            if (!wanted.SetEquals(current)) await rolePermissions.SetAsync(name, wanted, cancellationToken);
        }
    }

    private static List<string>? Names(JsonNode? node) => node?.AsArray().Select(n => n!.GetValue<string>()).ToList();
}
