using System.Runtime.CompilerServices;

namespace NewsSite.Web.Tests;

internal static class NoConfigWatchers
{
    // Every test host would otherwise watch its appsettings files, one inotify instance each: many hosts at once
    // exhaust the user's limit (128 on Debian) and hosts then fail to start. Tests never edit configuration files.
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
