namespace NewsSite.Browser.Tests.Security;

/// <summary>
/// Known script-injection payloads: script tags, event handlers, javascript: and data: URLs (as HTML and as Markdown),
/// SVG, broken and nested tags. Each one that ran would set window.__xss to its name.
/// </summary>
public static class InjectionPayloads
{
    public static IReadOnlyList<string> All { get; } =
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

    /// <summary>The payload cut to a field's length, as the field would keep it.</summary>
    public static string Cut(string payload, int length)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload[..Math.Min(payload.Length, length)];
    }
}
