using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Site;
using Serilog.Core;
using Serilog.Events;

namespace NewsSite.Web.Tests.Site;

public sealed class RequestLogTests
{
    [Fact]
    public async Task At_the_default_level_a_page_served_normally_writes_no_line_and_a_failed_request_writes_an_error()
    {
        await using var site = new LoggedSite();

        await site.GetPageAsync("/");
        await site.GetAsync(CrashRoute.Path);

        var failure = await site.RequestLineForAsync(CrashRoute.Path);
        Assert.Equal(LogEventLevel.Error, failure.Level);
        Assert.Equal(500, Value(failure, "StatusCode"));
        // Only a slow answer (a cold start on a busy machine) may be written, as the warning it should be.
        Assert.DoesNotContain(site.RequestLines(), e => Equals(Value(e, "RequestPath"), "/") && !WasSlow(e));
    }

    [Fact]
    public async Task An_operator_who_wants_every_request_gets_a_line_for_each_by_lowering_the_request_logs_level()
    {
        await using var site = new LoggedSite(("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Debug"));

        await site.GetPageAsync("/");

        var line = await site.RequestLineForAsync("/");
        Assert.Equal(WasSlow(line) ? LogEventLevel.Warning : LogEventLevel.Debug, line.Level);
        Assert.Equal(200, Value(line, "StatusCode"));
    }

    [Theory]
    [InlineData(200, 12, false, LogEventLevel.Debug)]
    [InlineData(404, 3, false, LogEventLevel.Debug)]
    [InlineData(304, 999.9, false, LogEventLevel.Debug)]
    [InlineData(200, 1000, false, LogEventLevel.Warning)]
    [InlineData(404, 4500, false, LogEventLevel.Warning)]
    [InlineData(500, 8, false, LogEventLevel.Error)]
    [InlineData(503, 2000, false, LogEventLevel.Error)]
    [InlineData(200, 5, true, LogEventLevel.Error)]
    public void Failures_are_errors_slow_answers_warnings_and_the_rest_below_the_default_level(int status, double elapsedMilliseconds, bool threw, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;

        var level = RequestLogLevels.For(context, elapsedMilliseconds, threw ? new InvalidOperationException("store down") : null);

        Assert.Equal(expected, level);
    }

    private static bool WasSlow(LogEvent line) => Value(line, "Elapsed") is double elapsed && elapsed >= 1000;

    private static object? Value(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue scalar ? scalar.Value : null;

    private sealed class LoggedSite(params (string Key, string Value)[] settings) : NewsSiteFactory
    {
        private readonly CollectedEvents _events = new();

        public IEnumerable<LogEvent> RequestLines() => _events.Where(e => Equals(Value(e, "SourceContext"), "Serilog.AspNetCore.RequestLoggingMiddleware"));

        // The line is written as the request ends, which may be just after the client has read the answer.
        public async Task<LogEvent> RequestLineForAsync(string path)
        {
            for (var waited = 0; waited < 100; waited++)
            {
                var line = RequestLines().FirstOrDefault(e => Equals(Value(e, "RequestPath"), path));
                if (line is not null)
                {
                    return line;
                }

                await Task.Delay(50);
            }

            throw new Xunit.Sdk.XunitException($"No request line for {path} in 5 s; lines: {string.Join(", ", RequestLines().Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)))}");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services =>
            {
                services.AddSingleton<ILogEventSink>(_events);
                CrashRoute.AddTo(services, "The store is down");
            });
        }

        private sealed class CollectedEvents : ConcurrentQueue<LogEvent>, ILogEventSink
        {
            public void Emit(LogEvent logEvent) => Enqueue(logEvent);
        }
    }
}
