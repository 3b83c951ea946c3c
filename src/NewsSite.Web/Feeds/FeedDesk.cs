using Microsoft.Extensions.Options;
using NewsSite.Site;
using NewsSite.Store;

namespace NewsSite.Feeds;

/// <summary>What every feed and sitemap endpoint needs from the request's services.</summary>
internal sealed record FeedDesk(NewsSiteDb Db, TimeProvider Clock, SiteUrls Urls, SectionDirectory Sections, IOptions<SiteOptions> Site, LiveSettings Settings)
{
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;
}
