namespace NewsSite.Generating;

/// <summary>
/// A small seeded random source (SplitMix64). Written out rather than <see cref="Random"/> so the generated
/// store stays the same across .NET versions, and cheap to create once per story for parallel generation.
/// </summary>
internal struct Dice(ulong seed)
{
    private ulong _state = seed;

    public static Dice For(int seed, int story, ulong stream = 0) =>
        new(unchecked(((ulong)(uint)seed << 32) ^ (uint)story ^ (stream * 0x9E3779B97F4A7C15UL)));

    public ulong NextBits()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 to <paramref name="max"/> - 1.</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextBits() % (ulong)max);

    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public bool Chance(double probability) => (NextBits() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, NextBits());
        BitConverter.TryWriteBytes(bytes[8..], NextBits());
        return new Guid(bytes);
    }
}
