namespace NewsSite.Media;

/// <summary>The bytes are not an image the site accepts, or are cut short or damaged; the message says which, for the editor.</summary>
public sealed class InvalidImageException : Exception
{
    public InvalidImageException()
    {
    }

    public InvalidImageException(string message)
        : base(message)
    {
    }

    public InvalidImageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
