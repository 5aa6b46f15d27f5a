using System.Net;
using Crm.Core.Data;
using Crm.KnowledgeBase.Services;
using Crm.Web.Tests.Infrastructure;

namespace Crm.Web.Tests.KnowledgeBase;

/// <summary>"Was this helpful?": one vote per visitor and article, antiforgery-checked, capped per client address.</summary>
public sealed class HelpfulVoteTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visitor_is_counted_once_per_article_and_may_change_their_vote(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var article = await crm.ArticleAsync("Refunds", "Refunds take five days.");
        var visitor = crm.Host.Browser();

        var page = await visitor.GetStringAsync($"/kb/{article.Id}");
        var voted = await visitor.PostAsync($"/kb/{article.Id}/vote", CrmRecipeHost.Form(page, ("helpful", "yes")));
        Assert.Equal(HttpStatusCode.Redirect, voted.StatusCode);
        Assert.Equal(("1", "0"), await CountsAsync(crm, article.Id));
        Assert.Contains("Thank you for your feedback.", await visitor.GetStringAsync(voted.Headers.Location!.ToString()));

        for (var i = 0; i < 3; i++) await visitor.PostAsync($"/kb/{article.Id}/vote", CrmRecipeHost.Form(page, ("helpful", "yes"))); // reloads, double clicks
        Assert.Equal(("1", "0"), await CountsAsync(crm, article.Id));

        await visitor.PostAsync($"/kb/{article.Id}/vote", CrmRecipeHost.Form(page, ("helpful", "no")));
        Assert.Equal(("0", "1"), await CountsAsync(crm, article.Id));

        var another = crm.Host.Browser();
        var theirs = await another.GetStringAsync($"/kb/{article.Id}");
        await another.PostAsync($"/kb/{article.Id}/vote", CrmRecipeHost.Form(theirs, ("helpful", "yes")));
        Assert.Equal(("1", "1"), await CountsAsync(crm, article.Id));
        Assert.Contains("data-kb-count=\"helpful\">1<", await another.GetStringAsync($"/kb/{article.Id}"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Votes_without_the_page_token_on_hidden_articles_or_beyond_the_hourly_cap_are_refused(DatabaseProvider provider)
    {
        await using var crm = await CrmRecipeHost.StartAsync(provider);
        var article = await crm.ArticleAsync("Refunds", "Refunds take five days.");
        var secret = await crm.ArticleAsync("Refund limits", "Internal.", visibility: "Internal");
        var visitor = crm.Host.Browser();
        var page = await visitor.GetStringAsync($"/kb/{article.Id}");

        var forged = await visitor.PostAsync($"/kb/{article.Id}/vote", new FormUrlEncodedContent([KeyValuePair.Create("helpful", "yes")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.PostAsync($"/kb/{article.Id}/vote", CrmRecipeHost.Form(page, ("helpful", "maybe")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.PostAsync($"/kb/{secret.Id}/vote", CrmRecipeHost.Form(page, ("helpful", "yes")))).StatusCode);
        Assert.Equal(("0", "0"), await CountsAsync(crm, article.Id));
        Assert.Equal(("0", "0"), await CountsAsync(crm, secret.Id));

        // A script that drops its cookie after each vote is a new visitor each time; its address is capped.
        for (var i = 0; i < ArticleVotes.MaxNewVotesPerHour + 5; i++)
        {
            var script = crm.Host.Browser();
            var form = await script.GetStringAsync($"/kb/{article.Id}");
            var answer = await script.PostAsync($"/kb/{article.Id}/vote", CrmRecipeHost.Form(form, ("helpful", "yes")));
            Assert.Equal(i < ArticleVotes.MaxNewVotesPerHour ? HttpStatusCode.Redirect : HttpStatusCode.TooManyRequests, answer.StatusCode);
        }
        Assert.Equal((ArticleVotes.MaxNewVotesPerHour.ToString(), "0"), await CountsAsync(crm, article.Id));

        crm.Clock.Advance(TimeSpan.FromMinutes(61));
        var later = crm.Host.Browser();
        var laterPage = await later.GetStringAsync($"/kb/{article.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await later.PostAsync($"/kb/{article.Id}/vote", CrmRecipeHost.Form(laterPage, ("helpful", "no")))).StatusCode);
        Assert.Equal((ArticleVotes.MaxNewVotesPerHour.ToString(), "1"), await CountsAsync(crm, article.Id));
    }

    private static async Task<(string? Helpful, string? NotHelpful)> CountsAsync(CrmRecipeHost crm, string id)
    {
        var article = await crm.GetAsync(id);
        return (article.Text("HelpfulCount"), article.Text("NotHelpfulCount"));
    }
}
