using System.Runtime.CompilerServices;

namespace NewsSite.Web.Tests;

internal static class NoFileWatchers
{
    // Every test host would otherwise watch its appsettings files and wwwroot (for asp-append-version) with
    // inotify, an instance each: many hosts at once exhaust the user's limit (128 on Debian) and hosts then fail to
    // start. Polling watchers need no instance, and tests never edit those files.
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
