using System.Text;
using System.Xml;

namespace NewsSite.Feeds;

/// <summary>XML written straight to the response as rows arrive, so a large sitemap never sits whole in memory.</summary>
internal sealed class StreamedXml(Func<XmlWriter, CancellationToken, Task> write) : IResult
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(httpContext.Response.Body, Settings);
        await xml.WriteStartDocumentAsync();
        await write(xml, httpContext.RequestAborted);
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }
}
