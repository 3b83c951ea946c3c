namespace NewsSite.Sections;

public class Section
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>Order in the navigation and on the front page.</summary>
    public int Position { get; set; }

    public string Description { get; set; } = "";
}
