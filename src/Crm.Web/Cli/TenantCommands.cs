using System.CommandLine;
using Crm.Core.Data;
using Crm.Core.Recipes;
using Crm.Core.Tenants;

namespace Crm.Web.Cli;

public static class TenantCommands
{
    public static Command Create(Func<CancellationToken, Task<CliHost>> host, TextWriter output, TextWriter error)
    {
        var tenant = new Command("tenant", "Tenant commands") { List(host, output), CreateTenant(host, output, error) };
        tenant.Subcommands.Add(SetState(host, output, error, "disable", "Stop serving a tenant (its data is kept)", (s, n, ct) => s.DisableAsync(n, ct)));
        tenant.Subcommands.Add(SetState(host, output, error, "enable", "Serve a disabled tenant again", (s, n, ct) => s.EnableAsync(n, ct)));
        return tenant;
    }

    private static Command List(Func<CancellationToken, Task<CliHost>> host, TextWriter output)
    {
        var list = new Command("list", "List tenants");
        list.SetAction(async (_, cancellationToken) =>
        {
            await using var services = await host(cancellationToken);
            var tenants = await services.Services.GetRequiredService<TenantStore>().ListAsync(cancellationToken);
            await output.WriteLineAsync($"{"NAME",-20} {"STATE",-13} {"PREFIX",-16} {"HOST",-24} {"PROVIDER",-9} RECIPE");
            foreach (var t in tenants)
            {
                await output.WriteLineAsync($"{t.Name,-20} {t.State,-13} {(t.IsDefault ? "(default)" : t.UrlPrefix),-16} {t.HostName ?? "",-24} {t.Provider,-9} {t.Recipe}");
            }
            return 0;
        });
        return list;
    }

    private static Command CreateTenant(Func<CancellationToken, Task<CliHost>> host, TextWriter output, TextWriter error)
    {
        var name = new Option<string>("--name") { Description = "Tenant name (letters and digits)", Required = true };
        var prefix = new Option<string?>("--prefix") { Description = "URL prefix: the tenant answers at /PREFIX/..." };
        var hostName = new Option<string?>("--host") { Description = "Host name that routes to the tenant" };
        var recipe = new Option<string>("--recipe") { Description = "Recipe name (e.g. crm) or file", Required = true };
        var provider = new Option<DatabaseProvider?>("--provider") { Description = "Sqlite or Postgres (default: the host's)" };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL connection string for the tenant's schema" };
        var adminUser = new Option<string>("--admin-user") { Description = "Admin user name", DefaultValueFactory = _ => "admin" };
        var adminEmail = new Option<string>("--admin-email") { Description = "Admin e-mail", DefaultValueFactory = _ => "admin@localhost" };
        var adminPassword = new Option<string?>("--admin-password") { Description = "Admin password (generated and printed when omitted)" };
        var adminApiKey = new Option<string?>("--admin-api-key") { Description = "Register this API key for the admin" };
        var create = new Command("create", "Create a tenant from a recipe (all or nothing)")
        {
            name, prefix, hostName, recipe, provider, connection, adminUser, adminEmail, adminPassword, adminApiKey,
        };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await host(cancellationToken);
            try
            {
                var result = await services.Services.GetRequiredService<TenantSetupService>().CreateAsync(new TenantCreateRequest
                {
                    Name = parse.GetValue(name)!,
                    UrlPrefix = parse.GetValue(prefix) ?? "",
                    HostName = parse.GetValue(hostName),
                    Recipe = parse.GetValue(recipe)!,
                    Provider = parse.GetValue(provider),
                    ConnectionString = parse.GetValue(connection),
                    AdminUserName = parse.GetValue(adminUser)!,
                    AdminEmail = parse.GetValue(adminEmail)!,
                    AdminPassword = parse.GetValue(adminPassword),
                    AdminApiKey = parse.GetValue(adminApiKey),
                }, cancellationToken);
                var record = result.Tenant.Record;
                await output.WriteLineAsync($"Tenant '{record.Name}' created ({record.Provider}).");
                if (record.UrlPrefix.Length > 0) await output.WriteLineAsync($"  URL:      /{record.UrlPrefix}/login");
                if (record.HostName is not null) await output.WriteLineAsync($"  Host:     {record.HostName}");
                await output.WriteLineAsync($"  User:     {parse.GetValue(adminUser)}");
                if (result.GeneratedAdminPassword is not null) await output.WriteLineAsync($"  Password: {result.GeneratedAdminPassword} (shown only this once)");
                return 0;
            }
            catch (Exception e) when (e is TenantSetupException or RecipeException)
            {
                await error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return create;
    }

    private static Command SetState(Func<CancellationToken, Task<CliHost>> host, TextWriter output, TextWriter error,
        string verb, string description, Func<TenantSetupService, string, CancellationToken, Task> change)
    {
        var name = new Argument<string>("NAME") { Description = "Tenant name" };
        var command = new Command(verb, description) { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await host(cancellationToken);
            try
            {
                await change(services.Services.GetRequiredService<TenantSetupService>(), parse.GetValue(name)!, cancellationToken);
                await output.WriteLineAsync($"Tenant '{parse.GetValue(name)}' {verb}d.");
                return 0;
            }
            catch (TenantSetupException e)
            {
                await error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }
}
