using System.Globalization;
using NewsSite.Ads;
using NewsSite.Caching;
using NewsSite.Feeds;
using NewsSite.Importing;
using NewsSite.Search;
using NewsSite.Site;
using NewsSite.Store;
using NewsSite.Web.Articles;
using NewsSite.Web.Media;
using NewsSite.Web.Newsroom;
using NewsSite.Web.Stories;
using Serilog;
using Serilog.Events;

var builder = WebApplication.CreateBuilder(SiteCommands.ConfigurationArgs(args));
var isCommand = SiteCommands.IsCommand(args);

// Security: say nothing about the server software
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

// Logging: Serilog for everything, levels from the "Serilog" section of appsettings.
// Command lines keep stdout for their report, so their logs go to stderr. Sinks registered as services join the console.
// The logger is the host's own, not the process-wide Log.Logger, which another host in the process would replace.
builder.Services.AddSerilog(
    (services, log) => log
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: isCommand ? LogEventLevel.Verbose : null),
    preserveStaticLogger: true);

// The article store and the seed importer
builder.Services.AddNewsSiteStore(CompiledStoreModels.For);
builder.Services.AddTransient<SeedImporter>();

// Reader pages
builder.Services.AddRazorPages();
builder.Services.AddHttpContextAccessor();
builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection(SiteOptions.Section));
builder.Services.AddSingleton<LiveSettings>();
// Settings saved on another instance of the site come into force here within Site:SettingsRefreshSeconds.
builder.Services.AddHostedService<SiteSettingsRefresher>();
builder.Services.AddScoped<SiteSettingsDesk>();
builder.Services.AddSingleton<SiteTime>();
builder.Services.AddSingleton<SiteUrls>();
builder.Services.AddSingleton<SectionDirectory>();
builder.Services.AddScoped<AdBoard>();
builder.Services.AddSingleton<AdInventory>();
builder.Services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<AdInventory>());
builder.Services.AddScoped<RelatedArticles>();
builder.Services.AddScoped<StoryList>();
builder.Services.AddArticleSearch(builder.Configuration);

// Speed: output caching evicted on every save, compression, long-lived fingerprinted files
builder.Services.AddReaderCaching(builder.Configuration);

// The newsroom: accounts, sign-in, access policies, audit log
builder.Services.AddNewsroom(builder.Configuration);

// The story desk: writing, publishing and the revisions of stories in the admin
builder.Services.AddScoped<StoryDesk>();
builder.Services.AddScoped<StorySlugs>();
builder.Services.AddScoped<StoryAccess>();
builder.Services.AddScoped<StoryLookup>();
builder.Services.AddScoped<CuratedLinks>();
builder.Services.AddScoped<StoryDeletion>();
builder.Services.AddScoped<StoryRestore>();

// Uploaded images: checked by their bytes, stored by content hash under the data folder, served for a year
builder.Services.AddMedia(builder.Configuration);
builder.Services.AddScoped<StoryHeroImage>();

var app = builder.Build();

await app.Services.MigrateStoreAsync();
if (isCommand)
{
    return await SiteCommands.RunAsync(args, app.Services, Console.Out);
}

await app.Services.ImportSeedsIntoEmptyStoreAsync();
await app.Services.LoadSiteSettingsAsync();
await app.Services.CreateConfiguredFirstAdminAsync();

// First, so every response carries them, error pages included
app.UseSecurityHeaders();
app.UseSerilogRequestLogging(requests =>
{
    requests.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
    requests.GetLevel = RequestLogLevels.For;
});

// Errors: a designed 500 that leaks nothing (the developer page only in Development), a designed 404 for unknown URLs
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found");
app.UseNewsroomStatusPages();

app.UseResponseCompression();
app.UseFingerprintedStaticFiles();
app.UseRouting();
// Authentication runs before the output cache, so signed-in users are never served a cached page.
app.UseNewsroom();
app.UseOutputCache();
app.UseMiddleware<ContentETags>();
app.MapNewsSiteFeeds();
app.MapMedia();
app.MapRazorPages();

return await app.RunUntilStoppedAsync();

public partial class Program;
