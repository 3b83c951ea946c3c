namespace NewsSite.Sections;

/// <summary>The sections a new store starts with; editors can rename, reorder and add to them.</summary>
public static class StandardSections
{
    public const string India = "india";
    public const string World = "world";
    public const string Business = "business";
    public const string Sports = "sports";
    public const string Entertainment = "entertainment";

    public static IReadOnlyList<Section> All { get; } =
    [
        new() { Id = 1, Name = "India", Slug = India, Position = 1, Description = "News from across India: politics, states, courts and public life." },
        new() { Id = 2, Name = "World", Slug = World, Position = 2, Description = "International news, diplomacy and conflict." },
        new() { Id = 3, Name = "Business", Slug = Business, Position = 3, Description = "Markets, companies, the economy and personal finance." },
        new() { Id = 4, Name = "Sports", Slug = Sports, Position = 4, Description = "Cricket, football, tennis and every other game." },
        new() { Id = 5, Name = "Entertainment", Slug = Entertainment, Position = 5, Description = "Films, music, television and the people in them." },
    ];
}
