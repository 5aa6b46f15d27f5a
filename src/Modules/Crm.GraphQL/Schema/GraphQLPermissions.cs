using Crm.Core.Security;
using GraphQL;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Crm.GraphQL.Schema;

/// <summary>For contributors' resolvers: refuse a field with a FORBIDDEN error (and its path) unless the user has a permission.</summary>
public static class GraphQLPermissions
{
    public static async Task RequireAsync(IResolveFieldContext context, string permission)
    {
        var authorization = context.RequestServices!.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(context.User!, PermissionPolicyProvider.Prefix + permission)).Succeeded)
        {
            var text = context.RequestServices!.GetRequiredService<IStringLocalizer<GraphQLText>>();
            throw new ExecutionError(text["You may not do this (it needs {0}).", permission]) { Code = "FORBIDDEN" };
        }
    }
}
