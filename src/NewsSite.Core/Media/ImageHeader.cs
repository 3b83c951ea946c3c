using System.Buffers.Binary;

namespace NewsSite.Media;

/// <summary>
/// Tells an uploaded image's type and size from its bytes, never from its name or the browser's word: the magic number
/// picks the format, the format's header gives width and height, and a file whose end is missing is refused.
/// Nothing is decoded, so a hostile file costs no more than reading it.
/// </summary>
public static class ImageHeader
{
    /// <summary>Larger than any photo a newsroom publishes; a header claiming more is damaged or hostile.</summary>
    public const int MaxSide = 30_000;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> PngEnd => [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    /// <exception cref="InvalidImageException">Not a JPEG, PNG, WebP or GIF image, or cut short, or damaged.</exception>
    public static ImageInfo Read(ReadOnlySpan<byte> bytes)
    {
        var info = bytes switch
        {
            _ when bytes.StartsWith(PngSignature) => Png(bytes),
            [0xFF, 0xD8, 0xFF, ..] => Jpeg(bytes),
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => Gif(bytes),
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP(bytes),
            _ => throw new InvalidImageException("The file is not a JPEG, PNG, WebP or GIF image."),
        };
        if (info.Width is < 1 or > MaxSide || info.Height is < 1 or > MaxSide)
        {
            throw new InvalidImageException($"The {info.Format.Name} image claims to be {info.Width} × {info.Height} pixels: the file is damaged.");
        }

        return info;
    }

    private static ImageInfo Png(ReadOnlySpan<byte> bytes)
    {
        // Signature, then the IHDR chunk: length (13), type, width, height (big-endian).
        Need(bytes, 24, ImageFormat.Png);
        if (!bytes[12..16].SequenceEqual("IHDR"u8))
        {
            throw Damaged(ImageFormat.Png, "its first chunk is not the image header");
        }

        if (!bytes.EndsWith(PngEnd))
        {
            throw CutShort(ImageFormat.Png);
        }

        return new(ImageFormat.Png, Side(BinaryPrimitives.ReadUInt32BigEndian(bytes[16..])), Side(BinaryPrimitives.ReadUInt32BigEndian(bytes[20..])));
    }

    private static ImageInfo Gif(ReadOnlySpan<byte> bytes)
    {
        // Header, then the logical screen: width and height (little-endian); the file ends with the trailer 0x3B.
        Need(bytes, 13, ImageFormat.Gif);
        if (bytes[^1] != 0x3B)
        {
            throw CutShort(ImageFormat.Gif);
        }

        return new(ImageFormat.Gif, BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]));
    }

    private static ImageInfo WebP(ReadOnlySpan<byte> bytes)
    {
        // RIFF: the size after the first 8 bytes, "WEBP", then the first chunk, whose kind says where the size is.
        Need(bytes, 30, ImageFormat.WebP);
        if (BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]) > (uint)(bytes.Length - 8))
        {
            throw CutShort(ImageFormat.WebP);
        }

        var chunk = bytes[12..16];
        var data = bytes[20..];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
            if (!data[3..6].SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A]))
            {
                throw Damaged(ImageFormat.WebP, "its lossy frame has no start code");
            }

            return new(ImageFormat.WebP, BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            // Lossless: signature 0x2F, then width - 1 and height - 1 in 14 bits each.
            if (data[0] != 0x2F)
            {
                throw Damaged(ImageFormat.WebP, "its lossless stream has no signature");
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
            return new(ImageFormat.WebP, (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Extended: flags and reserved bytes, then canvas width - 1 and height - 1 in 24 bits each.
            return new(ImageFormat.WebP, UInt24(data[4..]) + 1, UInt24(data[7..]) + 1);
        }

        throw Damaged(ImageFormat.WebP, "its first chunk is of no known kind");
    }

    private static ImageInfo Jpeg(ReadOnlySpan<byte> bytes)
    {
        // Segments follow the start marker: FF, a marker byte, a big-endian length that counts itself, the data.
        // The frame header (SOF) holds height then width; the image data comes after the scan header (SOS).
        var at = 2;
        while (true)
        {
            while (at < bytes.Length && bytes[at] == 0xFF && at + 1 < bytes.Length && bytes[at + 1] == 0xFF)
            {
                at++; // fill bytes
            }

            if (at + 4 > bytes.Length)
            {
                throw CutShort(ImageFormat.Jpeg);
            }

            if (bytes[at] != 0xFF)
            {
                throw Damaged(ImageFormat.Jpeg, "a segment does not start with a marker");
            }

            var marker = bytes[at + 1];
            if (marker is 0xD9 or 0xDA)
            {
                throw Damaged(ImageFormat.Jpeg, "it has no frame header before its image data");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (length < 2 || at + 2 + length > bytes.Length)
            {
                throw CutShort(ImageFormat.Jpeg);
            }

            if (IsFrameHeader(marker))
            {
                if (length < 7)
                {
                    throw Damaged(ImageFormat.Jpeg, "its frame header is too short");
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]);
                // The image data must end with the end-of-image marker (data after it is tolerated, as browsers do).
                if (bytes[(at + 2 + length)..].IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) < 0)
                {
                    throw CutShort(ImageFormat.Jpeg);
                }

                return new(ImageFormat.Jpeg, width, height);
            }

            at += 2 + length;
        }
    }

    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    private static int UInt24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);

    private static int Side(uint value) => value > int.MaxValue ? int.MaxValue : (int)value;

    private static void Need(ReadOnlySpan<byte> bytes, int length, ImageFormat format)
    {
        if (bytes.Length < length)
        {
            throw CutShort(format);
        }
    }

    private static InvalidImageException CutShort(ImageFormat format) =>
        new($"The {format.Name} file is cut short: it ends before the image does. Upload it again, or export it again from the photo editor.");

    private static InvalidImageException Damaged(ImageFormat format, string what) =>
        new($"The {format.Name} file is damaged: {what}.");
}
