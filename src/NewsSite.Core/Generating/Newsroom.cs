namespace NewsSite.Generating;

/// <summary>Who files generated stories: agencies, reporters, and the people they quote.</summary>
internal static class Newsroom
{
    public static IReadOnlyList<string> Agencies { get; } = ["AP", "PTI", "Reuters", "IANS", "AFP"];

    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Aarti", "Rahul", "Priya", "Vikram", "Neha", "Arjun", "Sunita", "Karan", "Meera", "Sanjay", "Anjali", "Rohan",
        "Kavya", "Amit", "Deepa", "Farhan", "Ishita", "Manoj", "Nandini", "Suresh", "Emma", "James", "Sofia", "Daniel",
        "Yuki", "Min-jun", "Lucas", "Amara", "Omar", "Elena",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Sharma", "Iyer", "Banerjee", "Reddy", "Khan", "Menon", "Patel", "Singh", "Das", "Nair", "Kulkarni", "Chatterjee",
        "Gupta", "Rao", "Bose", "Mehta", "Joshi", "Pillai", "Qureshi", "Verma", "Smith", "Garcia", "Tanaka", "Kim",
        "Okafor", "Rossi", "Novak", "Haddad", "Walker", "Costa",
    ];

    public static IReadOnlyList<string> Roles { get; } =
    [
        "a senior official", "a spokesperson", "an analyst", "a minister", "a local resident", "a former diplomat",
        "a professor of economics", "a police officer", "an opposition leader", "a committee member", "the organisers",
        "an industry executive", "a union leader", "a district collector",
    ];

    public static IReadOnlyList<string> Openers { get; } =
    [
        "Officials said", "According to people familiar with the matter,", "In a statement,", "Speaking to reporters,",
        "Earlier in the day,", "Later,", "Meanwhile,", "Separately,", "On the ground,", "By evening,", "In recent weeks,",
        "Critics argued that", "Supporters said", "Analysts noted that", "The report found that", "Data released showed that",
    ];

    public static IReadOnlyList<string> Closers { get; } =
    [
        "and further details are expected in the coming days", "though no timeline was given",
        "a move that drew mixed reactions", "as the matter continues to unfold", "according to a statement issued late in the day",
        "and the process will be reviewed next month", "which officials described as a priority",
        "while others urged caution", "amid growing public interest", "after several rounds of talks",
        "despite earlier objections", "with more steps planned later this quarter",
    ];

    public static IReadOnlyList<string> Qualities { get; } =
    [
        "significant", "modest", "sharp", "steady", "unexpected", "long-awaited", "controversial", "historic", "cautious",
        "broad", "limited", "rapid", "gradual", "widespread", "welcome", "costly",
    ];
}
