namespace NewsSite.Generating;

/// <summary>Where generated stories are filed from.</summary>
internal static class Places
{
    public static IReadOnlyList<string> Indian { get; } =
    [
        "New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad", "Ahmedabad", "Pune", "Jaipur", "Lucknow",
        "Chandigarh", "Bhopal", "Patna", "Srinagar", "Guwahati", "Thiruvananthapuram", "Kochi", "Bhubaneswar", "Ranchi",
        "Raipur", "Dehradun", "Shimla", "Gandhinagar", "Panaji", "Imphal", "Shillong", "Agartala", "Jammu", "Noida",
        "Gurugram", "Varanasi", "Amritsar", "Nagpur", "Indore", "Visakhapatnam", "Mysuru", "Madurai", "Coimbatore",
    ];

    public static IReadOnlyList<string> World { get; } =
    [
        "Washington", "New York", "London", "Paris", "Berlin", "Moscow", "Kyiv", "Beijing", "Shanghai", "Tokyo", "Seoul",
        "Islamabad", "Dhaka", "Kathmandu", "Colombo", "Kabul", "Tehran", "Dubai", "Riyadh", "Jerusalem", "Cairo", "Nairobi",
        "Johannesburg", "Lagos", "Geneva", "Brussels", "Rome", "Madrid", "Singapore", "Jakarta", "Bangkok", "Sydney",
        "Melbourne", "Toronto", "Mexico City", "Sao Paulo", "Buenos Aires", "Doha", "Ankara", "Hong Kong",
    ];

    public static IReadOnlyList<string> All { get; } = [.. Indian, .. World];
}
