using NewsSite.Sections;

namespace NewsSite.Generating;

internal static class Beats
{
    public static IReadOnlyList<Beat> All { get; } = [India, World, Business, Sports, Entertainment];

    private static Beat India => new(
        StandardSections.India,
        ["Supreme Court", "Union Cabinet", "Election Commission", "Lok Sabha", "Rajya Sabha", "State government", "High Court",
            "Chief Minister", "Home Ministry", "Railway Ministry", "Opposition parties", "Municipal corporation", "Health Ministry",
            "Education Ministry", "Parliamentary panel", "Police", "Farmers' unions", "Governor"],
        [("clears", "cleared"), ("rejects", "rejected"), ("announces", "announced"), ("orders probe into", "ordered a probe into"),
            ("seeks report on", "sought a report on"), ("approves", "approved"), ("reviews", "reviewed"), ("questions", "questioned"),
            ("defends", "defended"), ("launches", "launched"), ("puts off", "put off"), ("backs", "backed")],
        ["metro rail extension", "farm loan waiver", "monsoon relief package", "new education policy", "voter list revision",
            "flood preparedness plan", "highway project", "water sharing dispute", "urban housing scheme", "border security review",
            "teacher recruitment drive", "coal mining lease", "forest rights claims", "smart city mission", "rural health centres",
            "pollution control measures", "reservation bill", "land acquisition rules", "police reforms", "heatwave advisory"],
        ["Politics", "Parliament", "Supreme Court", "Elections", "Monsoon", "Floods", "Education", "Healthcare", "Railways",
            "Metro", "Farmers", "Agriculture", "Air Pollution", "Heatwave", "Water Crisis", "Housing", "Infrastructure",
            "Police", "Courts", "Governance", "Cabinet", "Opposition", "Jammu and Kashmir", "Northeast", "Kerala",
            "Tamil Nadu", "Maharashtra", "Uttar Pradesh", "West Bengal", "Karnataka", "Bihar", "Punjab", "Gujarat",
            "Rajasthan", "Telangana", "Odisha", "Assam", "Delhi Government", "Public Health", "Urban Planning",
            "Rural Development", "Women's Safety", "Child Welfare", "Census", "Local Bodies", "Tribal Rights",
            "Forests", "Wildlife", "Disaster Management", "Road Safety", "Swachh Bharat", "Digital India",
            "Aadhaar", "Civil Services", "Defence", "Indian Army", "ISRO", "Space", "Science", "Heritage"]);

    private static Beat World => new(
        StandardSections.World,
        ["United Nations", "NATO", "European Union", "G20 leaders", "White House", "Kremlin", "Beijing", "Seoul", "Tokyo",
            "Foreign ministers", "Security Council", "Peace envoys", "Aid agencies", "Israeli officials", "Iranian leaders",
            "African Union", "ASEAN", "World Health Organization"],
        [("condemns", "condemned"), ("warns of", "warned of"), ("calls for", "called for"), ("agrees on", "agreed on"),
            ("steps up", "stepped up"), ("rejects", "rejected"), ("welcomes", "welcomed"), ("pledges", "pledged"),
            ("debates", "debated"), ("imposes", "imposed"), ("lifts", "lifted"), ("hosts talks on", "hosted talks on")],
        ["ceasefire proposal", "missile tests", "sanctions package", "climate finance deal", "refugee crisis", "trade tariffs",
            "nuclear talks", "border clashes", "humanitarian corridor", "election results", "shipping disruptions",
            "drone strikes", "maritime dispute", "prisoner exchange", "earthquake relief", "vaccine supplies",
            "arms shipments", "food security plan", "cyber attack inquiry", "embassy security"],
        ["Diplomacy", "United Nations", "NATO", "Russia", "Ukraine", "China", "United States", "North Korea", "South Korea",
            "Japan", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Afghanistan", "Iran", "Israel", "Gaza", "Middle East",
            "Europe", "United Kingdom", "France", "Germany", "Africa", "Latin America", "Climate Change", "Refugees",
            "Sanctions", "Nuclear Weapons", "Missiles", "Terrorism", "Cyber Security", "Human Rights", "Humanitarian Aid",
            "Earthquakes", "Elections Abroad", "Trade War", "Shipping", "Migration", "Global Health", "Ceasefire",
            "Peace Talks", "G20", "Indo-Pacific", "Arctic", "Antarctica", "Oil Prices", "Protests", "Coups", "Espionage"]);

    private static Beat Business => new(
        StandardSections.Business,
        ["Sensex", "Nifty", "Reserve Bank", "Finance Ministry", "Telecom operators", "Carmakers", "IT companies", "Startups",
            "Airlines", "Banks", "Steel makers", "Investors", "Exporters", "Insurance regulator", "Markets regulator",
            "Oil companies", "Retailers", "Pharma companies"],
        [("reports", "reported"), ("raises", "raised"), ("cuts", "cut"), ("expands", "expanded"), ("eyes", "eyed"),
            ("slashes", "slashed"), ("bets on", "bet on"), ("posts", "posted"), ("plans", "planned"), ("revises", "revised"),
            ("tightens", "tightened"), ("eases", "eased")],
        ["quarterly profit", "interest rates", "export targets", "fuel prices", "electric vehicle plans", "tax collections",
            "inflation forecast", "hiring plans", "foreign investment", "share buyback", "credit growth", "chip factory",
            "rupee outlook", "dividend payout", "green hydrogen project", "festive season sales", "gold imports",
            "fiscal deficit target", "digital payments", "IPO pricing"],
        ["Economy", "Markets", "Stocks", "Sensex", "Nifty", "Rupee", "Inflation", "Interest Rates", "RBI", "Banking",
            "Budget", "Taxes", "GST", "Startups", "Funding", "IPOs", "Earnings", "IT Sector", "Telecom", "Automobiles",
            "Electric Vehicles", "Aviation", "Oil and Gas", "Renewable Energy", "Steel", "Pharma", "Retail",
            "E-commerce", "Real Estate", "Exports", "Imports", "Gold", "Insurance", "Mutual Funds", "Personal Finance",
            "Jobs", "Manufacturing", "Semiconductors", "Fintech", "Agritech", "Logistics", "Infrastructure Finance",
            "Corporate Governance", "Mergers", "Crypto", "Consumer Goods", "Tourism Industry", "Textiles", "MSMEs"]);

    private static Beat Sports => new(
        StandardSections.Sports,
        ["India", "Australia", "England", "Mumbai Indians", "Chennai Super Kings", "Kerala Blasters", "Mohun Bagan",
            "Hockey team", "Women's team", "Selectors", "BCCI", "Coach", "Captain", "Young opener", "Veteran pacer",
            "Chess champion", "Badminton star", "Wrestlers"],
        [("clinches", "clinched"), ("loses", "lost"), ("wins", "won"), ("draws", "drew"), ("seals", "sealed"),
            ("eyes", "eyed"), ("misses", "missed"), ("names squad for", "named the squad for"), ("eyes comeback in", "eyed a comeback in"),
            ("storms into", "stormed into"), ("crashes out of", "crashed out of"), ("dominates", "dominated")],
        ["Test series", "one-day series", "T20 final", "World Cup qualifier", "home season", "semi-final", "title clash",
            "Olympic trials", "league opener", "derby", "grand slam quarter-final", "Asia Cup", "training camp",
            "Ranji Trophy match", "Pro Kabaddi playoffs", "world championship", "Commonwealth Games bid", "IPL auction",
            "Davis Cup tie", "Durand Cup"],
        ["Cricket", "Test Cricket", "ODI", "T20", "IPL", "World Cup", "BCCI", "Virat Kohli", "Rohit Sharma", "Jasprit Bumrah",
            "Football", "ISL", "Hockey", "Tennis", "Badminton", "Chess", "Wrestling", "Boxing", "Athletics", "Olympics",
            "Asian Games", "Commonwealth Games", "Kabaddi", "Shooting", "Archery", "Formula One", "Golf", "Women's Cricket",
            "Ranji Trophy", "Domestic Cricket", "Transfers", "Coaching", "Injuries", "Doping", "Stadiums", "Records",
            "Paralympics", "Esports", "Cycling", "Swimming", "Table Tennis", "Weightlifting", "Mountaineering",
            "Marathon", "Youth Sports", "Sports Policy", "Sponsorship", "Broadcast Rights", "Fan Culture"]);

    private static Beat Entertainment => new(
        StandardSections.Entertainment,
        ["Bollywood star", "Director", "Streaming giant", "Music label", "Film festival", "Censor board", "Veteran actor",
            "Debutant actress", "Playback singer", "Producers", "Web series cast", "Box office", "Composer", "Hollywood studio",
            "Theatre group", "Reality show judges", "Comedian", "Author"],
        [("unveils", "unveiled"), ("announces", "announced"), ("wraps up", "wrapped up"), ("drops trailer of", "dropped the trailer of"),
            ("signs", "signed"), ("celebrates", "celebrated"), ("postpones", "postponed"), ("wins praise for", "won praise for"),
            ("teases", "teased"), ("opens up about", "opened up about"), ("returns with", "returned with"), ("headlines", "headlined")],
        ["period drama", "sequel", "biopic", "music album", "world tour", "web series", "award night", "debut film",
            "remake", "documentary", "comedy special", "festival premiere", "concert", "animated feature",
            "thriller", "podcast", "stage adaptation", "anthology", "soundtrack", "book launch"],
        ["Bollywood", "Hollywood", "Tollywood", "Kollywood", "Malayalam Cinema", "Box Office", "Trailers", "Music",
            "Concerts", "Streaming", "Netflix", "Web Series", "Television", "Reality TV", "Awards", "Oscars",
            "Film Festivals", "Celebrities", "Fashion", "Books", "Theatre", "Comedy", "Documentaries", "Animation",
            "Gaming", "K-pop", "Art", "Photography", "Dance", "Classical Music", "Indie Music", "Podcasts", "Biopics",
            "Sequels", "Remakes", "Censorship", "Film Industry", "Casting", "Soundtracks", "Celebrity Weddings",
            "Lifestyle", "Food", "Travel", "Culture", "Festivals", "Heritage Films", "Regional Cinema", "OTT Releases", "Anime"]);
}
