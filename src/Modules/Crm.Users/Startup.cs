using Crm.Core.Hosting;
using Crm.Core.Modules;
using Crm.Core.Security;
using Crm.Users.Models;
using Crm.Users.Recipes;
using Crm.Users.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Users;

public sealed class Startup : FeatureStartup
{
    public const string SelectorScheme = "Crm";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentityCore<CrmUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<CrmRole>()
            .AddUserStore<UserStore>()
            .AddUserManager<CrmUserManager>()
            .AddRoleStore<RoleStore>()
            .AddClaimsPrincipalFactory<CrmClaimsPrincipalFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddSignInManager();
        services.AddScoped(sp => (UserStore)sp.GetRequiredService<IUserStore<CrmUser>>());
        services.AddScoped(sp => (RoleStore)sp.GetRequiredService<IRoleStore<CrmRole>>());

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SelectorScheme;
                options.DefaultChallengeScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Cookie or API key", options =>
                options.ForwardDefaultSelector = context =>
                    ApiKeyAuthenticationHandler.HasBearer(context.Request) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = ".crm.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
                options.CookieManager = new TenantCookieManager();
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.AccessDeniedPath = "/denied";
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.Events = new CookieAuthenticationEvents { OnValidatePrincipal = TenantSessionValidator.ValidateAsync };
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        services.AddScoped<RolePermissions>();
        services.AddScoped<IRolePermissions>(sp => sp.GetRequiredService<RolePermissions>());
        services.AddScoped<ApiKeyService>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddPermissions<Permissions>();
        services.AddPermissions<ApiKeyPermissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddAdminMenu<ApiKeysAdminMenu>();
        services.AddRecipeStep<RolesStep>();
        services.AddRecipeStep<UsersStep>();
        services.AddRecipeStep<ApiKeysStep>();
        services.AddTenantSetupHandler<AdminAccountSetup>();
    }
}
