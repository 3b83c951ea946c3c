using Microsoft.Playwright;

namespace NewsSite.Browser.Tests.Security;

/// <summary>What a page showing injection payloads must look like in the browser: nothing of them alive.</summary>
public static class InertPage
{
    // Every element of the page, head included: an event-handler attribute, a link, frame, form or object to a
    // javascript:, vbscript: or data: address, an element that loads or redirects a document, or a script the site did
    // not write (its own are /js/ files and JSON-LD data blocks).
    private const string Problems = """
        () => {
            const found = [];
            const unsafeUrl = /^\s*(javascript|vbscript|data):/i;
            for (const e of document.querySelectorAll('*')) {
                for (const a of e.attributes) {
                    if (a.name.startsWith('on')) found.push(`<${e.localName}> has ${a.name}="${a.value}"`);
                    if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(a.name) && unsafeUrl.test(a.value))
                        found.push(`<${e.localName}> has ${a.name}="${a.value}"`);
                }
            }
            for (const e of document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv]'))
                found.push(`an injected <${e.localName}>`);
            for (const s of document.querySelectorAll('script'))
                if (s.type !== 'application/ld+json' && !(s.getAttribute('src') ?? '').startsWith('/js/'))
                    found.push(`a script the site did not write: ${s.outerHTML.slice(0, 100)}`);
            return found;
        }
        """;

    /// <summary>Hovers the page's main content, then fails if a payload ran or left anything that could run.</summary>
    public static async Task AssertAsync(IPage tab, string path)
    {
        ArgumentNullException.ThrowIfNull(tab);
        await tab.Locator(".story-body, main").First.HoverAsync();
        var ran = await tab.EvaluateAsync<string?>("() => window.__xss ?? null");
        Assert.True(ran is null, $"A payload ran on {path}: {ran}");
        var problems = await tab.EvaluateAsync<string[]>(Problems);
        Assert.True(problems.Length == 0, $"{path}:\n" + string.Join("\n", problems));
    }
}
