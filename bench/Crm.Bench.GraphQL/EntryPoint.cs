using Crm.Bench.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.GraphQL;

/// <summary>Not top-level statements: those would declare a global Program that hides the host's.</summary>
public static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (!BenchArguments.TryParse(args, GraphQLBenchOptions.Parse, out var options)) return 2;
        BenchHost.UseBinaryDirectory();
        await using var storage = await BenchStorage.CreateAsync(options.Storage, options.SeedNote);
        var statements = new StatementCounter();
        await using var host = storage.Host(builder =>
        {
            builder.UseSetting("Crm:Admin:ApiKey", GraphQLBenchmark.ApiKey);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter>(statements);
                services.AddSingleton<IStartupFilter>(new HandWrittenEndpoint(options.Provider));
            });
        });
        var server = host.StartOnLoopback();
        var result = await new GraphQLBenchmark(host, server, options, statements, storage).RunAsync(CancellationToken.None);
        result.Print(Console.Out);
        return result.Failed ? 1 : 0;
    }
}
