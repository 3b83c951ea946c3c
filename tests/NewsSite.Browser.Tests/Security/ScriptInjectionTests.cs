using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Browser.Tests.Security;

/// <summary>
/// Known script-injection payloads (<see cref="InjectionPayloads"/>) in every field an editor writes, rendered on the
/// reader's page in a real browser: none may run. The page's Content-Security-Policy is switched off, so the markup
/// alone must keep them inert (the policy is the second line of defence, not the first).
/// </summary>
public sealed class ScriptInjectionTests(BrowserSite browser) : IAsyncLifetime
{
    private readonly LiveSite _site = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task No_payload_in_headline_summary_body_byline_dateline_or_tags_runs_on_the_reader_page()
    {
        var slugs = new List<string>();
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsSiteDb>();
            var section = await db.Sections.Select(s => s.Id).FirstAsync();
            for (var i = 0; i < InjectionPayloads.All.Count; i++)
            {
                var payload = InjectionPayloads.All[i];
                var article = new Article
                {
                    Headline = $"Payload {i} " + payload,
                    HeadlineKey = HeadlineKey.From($"Payload {i} " + payload),
                    Slug = $"payload-{i}",
                    Summary = payload,
                    Body = $"Before.\n\n{payload}\n\nAfter {payload} inline.",
                    Byline = payload,
                    DatelinePlace = InjectionPayloads.Cut(payload, ArticleLimits.DatelinePlace),
                    Status = ArticleStatus.Published,
                    PublishedAt = DateTime.UtcNow.AddDays(-1),
                    UpdatedAt = DateTime.UtcNow.AddDays(-1),
                    CreatedAt = DateTime.UtcNow,
                    SectionId = section,
                };
                article.Tags.Add(new Tags.Tag { Name = InjectionPayloads.Cut(payload, 100), Slug = $"payload-tag-{i}" });
                db.Articles.Add(article);
                slugs.Add(article.Slug);
            }

            await db.SaveChangesAsync();
        }

        var tab = await browser.NewTabAsync(Viewport.Desktop, _site, bypassCsp: true);
        await using var context = tab.Context;
        var dialogs = new List<string>();
        tab.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        foreach (var path in slugs.Select(s => "/news/" + s).Append("/").Append("/search?q=payload"))
        {
            var response = await tab.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            await InertPage.AssertAsync(tab, path);
        }

        Assert.Empty(dialogs);
    }
}
