using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace NewsSite.Feeds;

/// <summary>RSS 2.0 or Atom 1.0: the file extension, the media type and the formatter that writes it.</summary>
internal sealed class FeedFormat
{
    public static readonly FeedFormat Rss = new("rss", "application/rss+xml", feed => new Rss20FeedFormatter(feed));

    public static readonly FeedFormat Atom = new("atom", "application/atom+xml", feed => new Atom10FeedFormatter(feed));

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };

    private readonly Func<SyndicationFeed, SyndicationFeedFormatter> _formatter;

    private FeedFormat(string extension, string mediaType, Func<SyndicationFeed, SyndicationFeedFormatter> formatter)
    {
        Extension = extension;
        MediaType = mediaType;
        _formatter = formatter;
    }

    public string Extension { get; }

    public string MediaType { get; }

    public string ContentType => MediaType + "; charset=utf-8";

    // The formatters write synchronously, which Kestrel refuses on the response body; thirty items fit in memory.
    public IResult Write(SyndicationFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            _formatter(feed).WriteTo(xml);
        }

        return Results.Bytes(buffer.ToArray(), ContentType);
    }
}
