using NewsSite.Media;

namespace NewsSite.Core.Tests.Media;

public sealed class ImageHeaderTests
{
    [Fact]
    public void Reads_a_png() => Assert.Equal(new ImageInfo(ImageFormat.Png, 40, 30), ImageHeader.Read(TestImages.Png(40, 30)));

    [Fact]
    public void Reads_a_jpeg() => Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 24, 16), ImageHeader.Read(TestImages.Jpeg(24, 16)));

    [Fact]
    public void Reads_a_gif() => Assert.Equal(new ImageInfo(ImageFormat.Gif, 1, 1), ImageHeader.Read(TestImages.Gif()));

    [Fact]
    public void Reads_lossless_lossy_and_extended_webp()
    {
        Assert.Equal(new ImageInfo(ImageFormat.WebP, 1, 1), ImageHeader.Read(TestImages.WebPLossless()));
        Assert.Equal(new ImageInfo(ImageFormat.WebP, 1, 1), ImageHeader.Read(TestImages.WebPLossy()));
        Assert.Equal(new ImageInfo(ImageFormat.WebP, 640, 480), ImageHeader.Read(TestImages.WebPExtended()));
    }

    [Fact]
    public void A_jpeg_with_metadata_before_its_frame_header_is_read_past_it()
    {
        var jpeg = TestImages.Jpeg(1200, 675);
        byte[] exif = [0xFF, 0xE1, 0x00, 0x08, .. "Exif"u8, 0, 0];
        var withExif = (byte[])[.. jpeg[..2], .. exif, .. jpeg[2..]];

        Assert.Equal(new ImageInfo(ImageFormat.Jpeg, 1200, 675), ImageHeader.Read(withExif));
    }

    [Theory]
    [InlineData("plain text, named photo.png")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("")]
    public void Text_is_not_an_image(string text)
    {
        var error = Assert.Throws<InvalidImageException>(() => ImageHeader.Read(System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Equal("The file is not a JPEG, PNG, WebP or GIF image.", error.Message);
    }

    public static TheoryData<string, byte[]> CutShort => new()
    {
        { "PNG", TestImages.Png(40, 30)[..20] },
        { "PNG", TestImages.Png(40, 30)[..^5] },
        { "JPEG", TestImages.Jpeg(24, 16)[..30] },
        { "JPEG", TestImages.Jpeg(24, 16)[..^2] },
        { "GIF", TestImages.Gif()[..12] },
        { "GIF", TestImages.Gif()[..^1] },
        { "WebP", TestImages.WebPLossy()[..^4] },
        { "WebP", TestImages.WebPLossless()[..16] },
    };

    [Theory]
    [MemberData(nameof(CutShort))]
    public void A_file_cut_short_says_so(string format, byte[] bytes)
    {
        var error = Assert.Throws<InvalidImageException>(() => ImageHeader.Read(bytes));

        Assert.StartsWith($"The {format} file is cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_header_says_what_is_wrong()
    {
        var png = TestImages.Png(4, 4);
        png[12] = (byte)'X';
        var jpeg = TestImages.Jpeg(8, 8);
        jpeg[20] = 0x00; // the quantisation table's marker

        Assert.Equal("The PNG file is damaged: its first chunk is not the image header.", Assert.Throws<InvalidImageException>(() => ImageHeader.Read(png)).Message);
        Assert.Equal("The JPEG file is damaged: a segment does not start with a marker.", Assert.Throws<InvalidImageException>(() => ImageHeader.Read(jpeg)).Message);
    }

    [Fact]
    public void Impossible_sizes_are_refused()
    {
        var zeroWide = TestImages.Png(0, 10);
        var huge = TestImages.Gif(width: 60_000);

        Assert.Contains("0 × 10 pixels", Assert.Throws<InvalidImageException>(() => ImageHeader.Read(zeroWide)).Message, StringComparison.Ordinal);
        Assert.Contains("damaged", Assert.Throws<InvalidImageException>(() => ImageHeader.Read(huge)).Message, StringComparison.Ordinal);
    }
}
