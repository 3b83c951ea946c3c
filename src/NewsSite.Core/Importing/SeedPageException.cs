namespace NewsSite.Importing;

/// <summary>A seed page that cannot be imported, with the reason and, where there is one, the line.</summary>
public sealed class SeedPageException : Exception
{
    public SeedPageException()
    {
    }

    public SeedPageException(string message)
        : base(message)
    {
    }

    public SeedPageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SeedPageException(string reason, int line)
        : base($"line {line}: {reason}")
    {
        Line = line;
    }

    public int? Line { get; }
}
