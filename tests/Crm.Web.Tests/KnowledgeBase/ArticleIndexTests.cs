using System.Text.Json.Nodes;
using Crm.Core.Content.Store;
using Crm.Core.Data;
using Crm.Core.Modules;
using Crm.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.KnowledgeBase;

/// <summary>The full-text index follows articles in their own transactions, and is rebuilt when the feature is enabled.</summary>
public sealed class ArticleIndexTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_index_follows_update_delete_and_restore(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var article = await crm.ArticleAsync("배송 조회", "주문 내역에서 운송장 번호를 확인하세요.");
        Assert.Single(await crm.SearchAsync("운송장"));

        await crm.UpdateAsync(article, """{ "Body": "택배사 홈페이지에서 확인하세요.", "Title": "Tracking a parcel" }""");
        Assert.Empty(await crm.SearchAsync("운송장"));
        Assert.Empty(await crm.SearchAsync("배송"));
        Assert.Equal(["Tracking a parcel"], await crm.TitlesAsync("택배사"));

        await crm.ChangeAsync(article.Id, (m, a) => m.DeleteAsync(a.Id, a.Version));
        Assert.Empty(await crm.SearchAsync("택배사"));
        Assert.Equal(0, await crm.IndexRowsAsync(article.Id));
        Assert.Equal(0, await crm.FtsRowsAsync(provider));

        await crm.ChangeAsync(article.Id, (m, a) => m.RestoreAsync(a.Id, a.Version));
        Assert.Equal(["Tracking a parcel"], await crm.TitlesAsync("택배사"));
        Assert.Equal(1, await crm.IndexRowsAsync(article.Id));
        Assert.Equal(1, await crm.FtsRowsAsync(provider));

        await crm.UpdateAsync(article, """{ "Published": false }""");
        Assert.Empty(await crm.SearchAsync("택배사"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_that_rolls_back_leaves_the_index_as_it_was(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var kept = await crm.ArticleAsync("Opening hours", "We answer on weekdays.");
        string? createdId = null;

        await crm.RunAsync(async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var content = s.GetRequiredService<ContentManager>();
            await using var transaction = await db.BeginTransactionAsync();
            createdId = (await content.CreateAsync("Article", new JsonObject { ["Title"] = "Rolled back", ["Body"] = "Ephemeral words.", ["Published"] = true })).Id;
            await content.UpdateAsync(kept.Id, new JsonObject { ["Body"] = "We answer at weekends." }, kept.Version);
            await content.DeleteAsync(kept.Id, kept.Version + 1);
            Assert.Equal(1, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM kb_article_index WHERE article_id = @createdId", new { createdId }));
            return true; // disposed without a commit: rolled back
        });

        Assert.Equal(0, await crm.IndexRowsAsync(createdId!));
        Assert.Empty(await crm.SearchAsync("ephemeral"));
        Assert.Empty(await crm.SearchAsync("weekends"));
        Assert.Equal(["Opening hours"], await crm.TitlesAsync("weekdays"));
        Assert.Equal(1, await crm.FtsRowsAsync(provider));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Enabling_the_feature_again_rebuilds_the_index_from_the_articles_changed_while_it_was_off(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var changed = await crm.ArticleAsync("Old title", "Old words.");
        var deleted = await crm.ArticleAsync("Going away", "Soon in the recycle bin.");
        await crm.RunAsync(s => s.GetRequiredService<FeatureManager>().DisableAsync(["Crm.KnowledgeBase"]));

        await crm.UpdateAsync(changed, """{ "Title": "New title", "Body": "Fresh words." }""");
        await crm.ChangeAsync(deleted.Id, (m, a) => m.DeleteAsync(a.Id, a.Version));
        var added = await crm.ArticleAsync("Written meanwhile", "Fresh too.");
        Assert.Equal(0, await crm.IndexRowsAsync(added.Id)); // not indexed while off
        Assert.Empty(await crm.SearchAsync("fresh")); // and the search finds nothing while off

        await crm.RunAsync(s => s.GetRequiredService<FeatureManager>().EnableAsync(["Crm.KnowledgeBase"]));

        Assert.Equal(["New title", "Written meanwhile"], (await crm.TitlesAsync("fresh")).Order());
        Assert.Empty(await crm.SearchAsync("old"));
        Assert.Equal(0, await crm.IndexRowsAsync(deleted.Id));
        Assert.Equal(2, await crm.FtsRowsAsync(provider));
    }
}
