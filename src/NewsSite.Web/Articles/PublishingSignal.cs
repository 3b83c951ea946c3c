namespace NewsSite.Web.Articles;

/// <summary>Wakes the scheduled publisher early, when a save may have scheduled a story sooner than it planned.</summary>
public sealed class PublishingSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Wake"/>; take it before looking at the store, so no wake-up is missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Wake() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
