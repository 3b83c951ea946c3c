using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace NewsSite.Web.Articles;

/// <summary>Part of an already sanitized HTML string, written without copying it (bodies run to tens of kilobytes).</summary>
public sealed class HtmlSlice(string html, int start, int length) : IHtmlContent
{
    public static HtmlSlice Before(string html, int index) => new(html, 0, index);

    public static HtmlSlice After(string html, int index) => new(html, index, html.Length - index);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(html.AsSpan(start, length));
}
