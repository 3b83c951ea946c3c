using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsSite.Store;

namespace NewsSite.Importing;

/// <summary>
/// Imports seed pages into the store, one transaction per file: a file is written whole or not at all,
/// and a file (or a story) already imported changes nothing.
/// </summary>
public sealed class SeedImporter(IDbContextFactory<NewsSiteDb> dbFactory, TimeProvider clock, ILogger<SeedImporter> logger)
{
    public async Task<ImportReport> ImportAsync(string path, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var results = new List<FileImportResult>();
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal))
            {
                results.Add(await ImportFileAsync(file, dryRun, cancellationToken));
            }
        }
        else
        {
            results.Add(await ImportFileAsync(path, dryRun, cancellationToken));
        }

        var report = new ImportReport(results, dryRun);
        logger.LogInformation("Import of {Path} finished: {Imported} imported, {Unchanged} unchanged, {Rejected} rejected, dry run {DryRun}",
            path, report.Imported, report.Unchanged, report.Rejected, dryRun);
        return report;
    }

    public async Task<FileImportResult> ImportFileAsync(string path, bool dryRun, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Log(FileImportResult.Rejected(name, $"no such file or folder: {path}"));
            }

            if (info.Length > SeedPageParser.DefaultMaxBytes)
            {
                return Log(FileImportResult.Rejected(name, $"the file is {info.Length:N0} bytes, over the limit of {SeedPageParser.DefaultMaxBytes:N0}"));
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Log(FileImportResult.Rejected(name, $"cannot be read: {e.Message}"));
        }

        return await ImportAsync(name, bytes, dryRun, cancellationToken);
    }

    public async Task<FileImportResult> ImportAsync(string fileName, byte[] bytes, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ImportRecords.AnyAsync(r => r.ContentHash == hash, cancellationToken))
        {
            return Log(new FileImportResult(fileName, ImportOutcome.Unchanged, null, []));
        }

        SeedPage page;
        try
        {
            page = SeedPageParser.Parse(bytes);
        }
        catch (SeedPageException e)
        {
            return Log(FileImportResult.Rejected(fileName, e.Message));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await new SeedPageWriter(db, clock.GetUtcNow().UtcDateTime).WriteAsync(page, fileName, hash, cancellationToken);
        if (record is null)
        {
            return Log(new FileImportResult(fileName, ImportOutcome.Unchanged, null, []));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return Log(new FileImportResult(fileName, ImportOutcome.Imported, null, [.. record.Articles.Select(a => a.Slug)]));
    }

    private FileImportResult Log(FileImportResult result)
    {
        if (result.Outcome == ImportOutcome.Rejected)
        {
            logger.LogWarning("Seed file {File} rejected: {Reason}", result.File, result.Reason);
        }
        else
        {
            logger.LogInformation("Seed file {File} {Outcome}: {Slugs}", result.File, result.Outcome, result.Slugs);
        }

        return result;
    }
}
