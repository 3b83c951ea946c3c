using System.Security.Cryptography;
using Microsoft.IO;
using Microsoft.Net.Http.Headers;

namespace NewsSite.Caching;

/// <summary>
/// A strong ETag from the bytes of article pages and feeds, and 304 when the reader already has them.
/// It sits inside the output cache, so cached entries carry the ETag and the cache answers 304 itself.
/// </summary>
public sealed class ContentETags(RequestDelegate next)
{
    // The page is buffered to hash it; pooled blocks, because a growing MemoryStream per request was a fifth of an
    // uncached article page's allocations.
    private static readonly RecyclableMemoryStreamManager Buffers = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 32 * 1024,
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 16 * 1024 * 1024,
    });

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !IsValidated(context.Request.Path))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = Buffers.GetStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = new EntityTagHeaderValue("\"" + HashOf(buffer) + "\"");
            context.Response.Headers.ETag = etag.ToString();
            if (EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var known) && known.Any(k => k.Compare(etag, useStrongComparison: false)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static string HashOf(RecyclableMemoryStream buffer)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var block in buffer.GetReadOnlySequence())
        {
            hash.AppendData(block.Span);
        }

        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..16]);
    }

    private static bool IsValidated(PathString path) =>
        path.StartsWithSegments("/news") || (path.Value is { } p && (p.EndsWith(".rss", StringComparison.Ordinal) || p.EndsWith(".atom", StringComparison.Ordinal)));
}
