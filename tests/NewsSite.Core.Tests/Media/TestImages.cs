using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsSite.Core.Tests.Media;

/// <summary>
/// Small real images, written byte by byte as their formats define them (each opens in a browser), so the tests need
/// no image files or imaging library.
/// </summary>
public static class TestImages
{
    /// <summary>An RGB PNG of one colour: signature, IHDR, one zlib-compressed IDAT, IEND, each chunk with its CRC.</summary>
    public static byte[] Png(int width, int height, byte red = 200, byte green = 30, byte blue = 30)
    {
        using var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample
        header[9] = 2; // RGB
        Chunk(file, "IHDR", header);

        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0); // no filter
                for (var x = 0; x < width; x++)
                {
                    zlib.Write([red, green, blue]);
                }
            }
        }

        Chunk(file, "IDAT", pixels.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>
    /// A baseline grey JPEG: one component, a quantisation table of ones, Huffman tables with a single one-bit code
    /// (DC difference 0, end of block), so every 8×8 block is the two bits "00".
    /// </summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var file = new MemoryStream();
        file.Write([0xFF, 0xD8]);
        Segment(file, 0xE0, [.. "JFIF"u8, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(file, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(file, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        byte[] oneCode = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        Segment(file, 0xC4, [0x00, .. oneCode]);
        Segment(file, 0xC4, [0x10, .. oneCode]);
        Segment(file, 0xDA, [1, 1, 0x00, 0, 63, 0]);
        var blocks = ((width + 7) / 8) * ((height + 7) / 8);
        var bits = blocks * 2;
        var data = new byte[(bits + 7) / 8];
        if (bits % 8 != 0)
        {
            data[^1] = (byte)(0xFF >> (bits % 8)); // padding with ones
        }

        file.Write(data);
        file.Write([0xFF, 0xD9]);
        return file.ToArray();
    }

    /// <summary>A 1×1 GIF89a: header, logical screen with a two-colour table, image descriptor, LZW data, trailer.</summary>
    public static byte[] Gif(int width = 1, int height = 1) =>
    [
        .. "GIF89a"u8, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80, 0, 0,
        0, 0, 0, 255, 255, 255,
        0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0,
        2, 2, 0x44, 0x01, 0,
        0x3B,
    ];

    /// <summary>A 1×1 lossless WebP (a RIFF with one VP8L chunk).</summary>
    public static byte[] WebPLossless() => Convert.FromHexString("524946461a000000574542505650384c0d0000002f00000010071011118888fe0700");

    /// <summary>A 1×1 lossy WebP (a RIFF with one VP8 chunk).</summary>
    public static byte[] WebPLossy() => Convert.FromHexString("52494646220000005745425056503820160000003001009d012a010001000ec0fe25a400037000000000");

    /// <summary>An extended WebP: a VP8X chunk that states a 640×480 canvas (what the header reading must report), then lossless data.</summary>
    public static byte[] WebPExtended()
    {
        byte[] vp8x = [.. "VP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00];
        var lossless = WebPLossless()[12..];
        var body = (byte[])[.. "WEBP"u8, .. vp8x, .. lossless];
        var size = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(size, body.Length);
        return [.. "RIFF"u8, .. size, .. body];
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        file.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        file.Write(crc);
    }

    private static void Segment(Stream file, byte marker, byte[] data)
    {
        file.Write([0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2)]);
        file.Write(data);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
