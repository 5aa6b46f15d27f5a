using Crm.Web.Cli;
using Crm.Web.Hosting;

if (CrmCli.Handles(args)) return await CrmCli.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddCrmPlatform();

var app = builder.Build();
app.UseCrmPlatform();
await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
