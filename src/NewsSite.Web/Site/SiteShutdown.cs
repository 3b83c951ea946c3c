namespace NewsSite.Site;

internal static class SiteShutdown
{
    /// <summary>
    /// Runs the site until it is told to stop. A stop asked for while it is still starting (SIGTERM from
    /// <c>docker stop</c> or an orchestrator giving up on a slow start) makes the host's start throw
    /// <see cref="OperationCanceledException"/>; left unhandled, that aborts the process (exit 134, a core dump),
    /// which reads as a crash where an orderly stop was asked for. Returns the process's exit code.
    /// </summary>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app)
    {
        // Taken before the run: the host disposes its lifetime's token source on the way out.
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            await app.RunAsync();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            app.Logger.LogInformation("Stopped before it had finished starting, as asked");
        }

        return 0;
    }
}
