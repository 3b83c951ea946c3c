using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace NewsSite.Web.Tests;

/// <summary>
/// Adds <c>/crash</c>, which throws, after the site's own pipeline: an unmatched address falls through to it and fails
/// inside the site's error handling and request logging, as a broken page would.
/// </summary>
internal sealed class CrashRoute(string message) : IStartupFilter
{
    public const string Path = "/crash";

    public static void AddTo(IServiceCollection services, string message) => services.AddSingleton<IStartupFilter>(new CrashRoute(message));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Path, branch => branch.Run(_ => throw new InvalidOperationException(message)));
    };
}
