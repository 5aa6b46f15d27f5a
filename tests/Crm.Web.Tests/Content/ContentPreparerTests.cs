using Crm.Core.Content.Fields;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Hosting;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Content;

public sealed class ContentPreparerTests
{
    /// <summary>A rule across fields, as a module keeps it: a paying customer needs its company.</summary>
    private sealed class CompanyRule : IContentPreparer
    {
        public Task PrepareAsync(ContentPreparing item, CancellationToken cancellationToken)
        {
            if (item.Type.Name == "Customer" && item.Text("Stage") == "Customer" && item.Text("Company") is null)
            {
                item.Refuse("Company", new FieldProblem(FieldMessages.Required));
            }
            return Task.CompletedTask;
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_preparer_refuses_a_write_naming_the_field_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var content = await ContentTestHost.StartAsync(provider, services: s => s.AddContentPreparer<CompanyRule>());
        var acme = await content.CreateAsync("Customer", """{ "Name": "Acme", "Stage": "Prospect" }""");

        var onCreate = await Assert.ThrowsAsync<ContentValidationException>(() => content.CreateAsync("Customer", """{ "Name": "Globex", "Stage": "Customer" }"""));
        var onUpdate = await Assert.ThrowsAsync<ContentValidationException>(() =>
            content.RunAsync(s => s.GetRequiredService<ContentManager>().UpdateAsync(acme.Id, new() { ["Stage"] = "Customer" }, 1)));

        Assert.Equal(("Company", "is required"), (onCreate.Errors.Single().Field, onCreate.Errors.Single().Problem.Message));
        Assert.Equal("Company", onUpdate.Errors.Single().Field);
        Assert.Equal(1, await content.CountAsync("Customer"));
        Assert.Equal(1, (await content.RunAsync(s => s.GetRequiredService<ContentManager>().GetAsync(acme.Id)))!.Version);
    }
}
