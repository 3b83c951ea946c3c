using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NewsSite.Newsroom;
using NewsSite.Store;

namespace NewsSite.Web.Newsroom;

/// <summary>
/// Writes the newsroom's audit log. Admin features call <see cref="RecordAsync(string, string?, string?, CancellationToken)"/>
/// after they change something; the signed-in user is the actor.
/// </summary>
public sealed class AuditLog(IDbContextFactory<NewsSiteDb> dbFactory, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Records what the signed-in user did (nobody, for an anonymous request).</summary>
    public Task RecordAsync(string action, string? target, string? details, CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        var id = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        var email = user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name;
        return WriteAsync(id, email, action, target, details, cancellationToken);
    }

    /// <summary>Records what <paramref name="actor"/> did, for the moments the request is not signed in as them yet (sign-in, setup).</summary>
    public Task RecordAsync(NewsroomUser actor, string action, string? target, string? details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return WriteAsync(actor.Id, actor.Email, action, target, details, cancellationToken);
    }

    // Its own context: the entry is saved alone, whatever the caller's context has pending.
    private async Task WriteAsync(string? userId, string? email, string action, string? target, string? details, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserEmail = Cut(email, 256),
            Action = Cut(action, AuditEntry.ActionMaxLength)!,
            Target = Cut(target, AuditEntry.TargetMaxLength),
            Details = Cut(details, AuditEntry.DetailsMaxLength),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Cut(string? text, int max) => text is { Length: var n } && n > max ? text[..max] : text;
}
