using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NewsSite.Articles;

namespace NewsSite.Generating;

/// <summary>
/// Generates a plan's stories in batches, each batch made and rendered in parallel (with the same
/// <see cref="ArticleDerivedText"/> a save uses, less the sanitizer) while the caller writes the batch before it.
/// </summary>
public static class StoryBatches
{
    public const int DefaultSize = 2000;

    public static async IAsyncEnumerable<GeneratedStory[]> ReadAsync(
        StoryGenerator generator, int batchSize = DefaultSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var total = generator.Plan.Articles;
        var batches = Channel.CreateBounded<GeneratedStory[]>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    for (var first = 0; first < total; first += batchSize)
                    {
                        var batch = new GeneratedStory[Math.Min(batchSize, total - first)];
                        Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                        {
                            batch[i] = generator.Generate(first + i);
                            ArticleDerivedText.ApplyToGenerated(batch[i].Article);
                        });
                        await batches.Writer.WriteAsync(batch, cancellationToken);
                    }

                    batches.Writer.Complete();
                }
                catch (Exception e)
                {
                    batches.Writer.Complete(e);
                }
            },
            cancellationToken);

        await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
        {
            yield return batch;
        }

        await producer;
    }
}
