using Microsoft.AspNetCore.Identity;

namespace Crm.Users.Services;

public static class IdentityResultExtensions
{
    public static string Describe(this IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
