namespace Crm.Web.Cli;

/// <summary>The built (not started) host a CLI command runs against.</summary>
public sealed class CliHost(WebApplication app) : IAsyncDisposable
{
    public IServiceProvider Services => app.Services;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
