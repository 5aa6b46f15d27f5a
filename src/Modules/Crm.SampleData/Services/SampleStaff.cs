using Crm.Core.Tenants;
using Crm.Users.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.SampleData.Services;

/// <summary>Three sales reps and a manager to own the sample customers, and two helpdesk agents; created once, with one shared password.</summary>
public sealed class SampleStaff(UserManager<CrmUser> users, IOptions<SampleDataOptions> options, ILogger<SampleStaff> logger)
{
    public static readonly IReadOnlyList<SampleStaffMember> Members =
    [
        new("minjun", "김민준", "SalesRep"),
        new("seoyeon", "이서연", "SalesRep"),
        new("james", "James Park", "SalesRep"),
        new("jiho", "최지호", "Manager"),
        new("jisoo", "박지수", "Agent"),
        new("emma", "Emma Choi", "Agent"),
    ];

    /// <returns>The user ids of the sales reps (the owners of sample customers), in <see cref="Members"/> order.</returns>
    public async Task<IReadOnlyList<string>> EnsureAsync(string tenant, CancellationToken cancellationToken)
    {
        var password = string.IsNullOrEmpty(options.Value.StaffPassword) ? PasswordGenerator.Generate() : options.Value.StaffPassword;
        var created = new List<string>();
        var reps = new List<string>();
        foreach (var member in Members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = await users.FindByNameAsync(member.UserName);
            if (user is null)
            {
                user = new CrmUser { UserName = member.UserName, Email = $"{member.UserName}@example.com", EmailConfirmed = true };
                var result = await users.CreateAsync(user, password);
                if (!result.Succeeded) throw new InvalidOperationException($"Sample user {member.UserName}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
                await users.AddToRoleAsync(user, member.Role);
                created.Add($"{member.UserName} ({member.Role})");
            }
            if (member.Role == "SalesRep") reps.Add(user.Id);
        }
        if (created.Count > 0 && string.IsNullOrEmpty(options.Value.StaffPassword))
        {
            // Like the admin's generated password: shown once, so someone can sign in as a rep and try a day's work.
            logger.LogWarning("Sample staff of tenant {Tenant}: {Users}; password {Password} (generated, shown only this once; set Crm:Samples:StaffPassword to choose it)",
                tenant, string.Join(", ", created), password);
        }
        return reps;
    }
}
