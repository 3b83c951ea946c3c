using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using NewsSite.Site;

namespace NewsSite.Web.Tests.Site;

public class SiteShutdownTests
{
    [Fact]
    public async Task A_stop_asked_for_before_the_site_has_started_ends_it_cleanly()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();

        // As SIGTERM does while the site is still opening its store: the host's lifetime is told to stop.
        app.Lifetime.StopApplication();
        var exitCode = await app.RunUntilStoppedAsync().WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
    }
}
