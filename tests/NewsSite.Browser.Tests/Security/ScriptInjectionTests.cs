using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsSite.Articles;
using NewsSite.Store;

namespace NewsSite.Browser.Tests.Security;

/// <summary>
/// Known script-injection payloads in every field an editor writes, rendered on the reader's page in a real browser:
/// none may run. A payload that ran would set window.__xss or open a dialog.
/// </summary>
public sealed class ScriptInjectionTests(BrowserSite browser) : IAsyncLifetime
{
    private static readonly string[] Payloads =
    [
        "<script>window.__xss = 'script'</script>",
        "<img src=x onerror=\"window.__xss = 'onerror'\">",
        "<svg onload=\"window.__xss = 'svg'\"><circle r=1 /></svg>",
        "<iframe src=\"javascript:parent.__xss = 'iframe'\"></iframe>",
        "<a href=\"javascript:window.__xss = 'href'\">click</a>",
        "[click](javascript:window.__xss='markdown-link')",
        "[click](JaVaScRiPt:window.__xss='mixed-case')",
        "![pic](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9J2RhdGEnPC9zY3JpcHQ+)",
        "[click](data:text/html,<script>parent.__xss='data-link'</script>)",
        "<scr<script>ipt>window.__xss = 'broken'</scr</script>ipt>",
        "<div style=\"background:url(javascript:window.__xss='css')\" onmouseover=\"window.__xss='hover'\">hover</div>",
        "<body onload=\"window.__xss='body'\">",
        "\"><script>window.__xss='attribute-break'</script>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss='mxss'\">",
        "<details open ontoggle=\"window.__xss='toggle'\">",
    ];

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
            for (var i = 0; i < Payloads.Length; i++)
            {
                var payload = Payloads[i];
                var article = new Article
                {
                    Headline = $"Payload {i} " + payload,
                    HeadlineKey = HeadlineKey.From($"Payload {i} " + payload),
                    Slug = $"payload-{i}",
                    Summary = payload,
                    Body = $"Before.\n\n{payload}\n\nAfter {payload} inline.",
                    Byline = payload,
                    DatelinePlace = payload[..Math.Min(payload.Length, ArticleLimits.DatelinePlace)],
                    Status = ArticleStatus.Published,
                    PublishedAt = DateTime.UtcNow.AddDays(-1),
                    UpdatedAt = DateTime.UtcNow.AddDays(-1),
                    CreatedAt = DateTime.UtcNow,
                    SectionId = section,
                };
                article.Tags.Add(new Tags.Tag { Name = payload[..Math.Min(payload.Length, 100)], Slug = $"payload-tag-{i}" });
                db.Articles.Add(article);
                slugs.Add(article.Slug);
            }

            await db.SaveChangesAsync();
        }

        var tab = await browser.NewTabAsync(Viewport.Named("desktop"));
        await using var context = tab.Context;
        var dialogs = new List<string>();
        tab.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        foreach (var path in slugs.Select(s => "/news/" + s).Append("/").Append("/search?q=payload"))
        {
            var response = await tab.GotoAsync(_site.UrlOf(path).ToString());
            Assert.Equal(200, response?.Status);
            await tab.Locator(".story-body, main").First.HoverAsync();
            foreach (var link in await tab.Locator(".story-body a").AllAsync())
            {
                var href = await link.GetAttributeAsync("href") ?? "";
                Assert.False(href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || href.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase),
                    $"{path} links to {href}");
            }

            var ran = await tab.EvaluateAsync<string?>("() => window.__xss ?? null");
            Assert.True(ran is null, $"A payload ran on {path}: {ran}");
            var handlers = await tab.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('main *')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length");
            Assert.True(handlers == 0, $"{path} has {handlers} elements with event-handler attributes.");
        }

        Assert.Empty(dialogs);
    }
}
