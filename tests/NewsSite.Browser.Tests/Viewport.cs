namespace NewsSite.Browser.Tests;

/// <summary>The widths readers come at: a laptop and a phone.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 900);
    public static readonly Viewport Phone = new("phone", 390, 844);

    public static IReadOnlyList<Viewport> All { get; } = [Desktop, Phone];

    public static Viewport Named(string name) => All.Single(v => v.Name == name);
}
