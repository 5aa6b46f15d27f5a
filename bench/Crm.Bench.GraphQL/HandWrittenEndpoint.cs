using System.Data.Common;
using System.Text.Json;
using Crm.Bench.Common;
using Crm.Core.Data;
using Crm.Core.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.GraphQL;

/// <summary>
/// The hand-written equivalent of <see cref="CustomerPageQuery"/>, mapped by the bench host only and ahead of the platform's
/// pipeline (no tenant routing, authentication, MVC or GraphQL): one SQL statement on the default tenant's database (the same
/// indexed expressions and order as the engine, owners joined) read with a data reader straight into the same JSON.
/// </summary>
public sealed class HandWrittenEndpoint : IStartupFilter
{
    public const string Path = "/bench/hand-written";

    private readonly string _sql;

    public HandWrittenEndpoint(DatabaseProvider provider)
    {
        var sql = new BenchCustomerSql(provider);
        // The page first (served by the composite index), then its owners: 50 lookups by primary key.
        _sql = $"""
            SELECT p.id, p.name, p.stage, p.grade, p.activity, p.owner, u.user_name
            FROM (SELECT id, {sql.Name} AS name, {sql.Stage} AS stage, {sql.Grade} AS grade, {sql.LastActivityAt} AS activity, owner
                  FROM content_items WHERE {sql.Where} ORDER BY {sql.LastActivityAt} DESC, id DESC LIMIT {CustomerPageQuery.PageSize}) p
            LEFT JOIN users u ON u.id = p.owner
            ORDER BY p.activity DESC, p.id DESC
            """;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Path, branch => branch.Run(HandleAsync));
        next(app);
    };

    private async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var request = await JsonSerializer.DeserializeAsync<PageRequest>(http.Request.Body, JsonSerializerOptions.Web, cancellationToken)
                      ?? throw new BadHttpRequestException("Send { \"stage\": ..., \"grade\": ... }.");
        var services = http.RequestServices;
        services.GetRequiredService<TenantScope>().Tenant = services.GetRequiredService<TenantRegistry>().Default
            ?? throw new InvalidOperationException("The host has no default tenant.");
        var connection = await services.GetRequiredService<TenantDb>().ConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        Parameter(command, "stage", request.Stage);
        Parameter(command, "grade", request.Grade);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("benchCustomers");
        json.WriteStartArray("nodes");
        while (await reader.ReadAsync(cancellationToken)) WriteNode(json, reader);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteNode(Utf8JsonWriter json, DbDataReader row)
    {
        json.WriteStartObject();
        json.WriteString("id", row.GetString(0));
        json.WriteString("name", row.GetString(1));
        json.WriteString("stage", CustomerPageQuery.EnumValue(row.GetString(2)));
        json.WriteString("grade", CustomerPageQuery.EnumValue(row.GetString(3)));
        json.WriteString("lastActivityAt", row.GetString(4));
        if (row.IsDBNull(5))
        {
            json.WriteNull("owner");
        }
        else
        {
            json.WriteStartObject("owner");
            json.WriteString("id", row.GetString(5));
            if (row.IsDBNull(6)) json.WriteNull("name");
            else json.WriteString("name", row.GetString(6));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void Parameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed record PageRequest(string Stage, string Grade);
}
