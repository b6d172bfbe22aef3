using DexFlow.Grains.Imaging;
using DexFlow.Testing;

namespace DexFlow.Indexing.Tests;

/// <summary>Opening files as pages: real types are sniffed, limits hold before any pixel is decoded, damage is named.</summary>
public sealed class PageFileTests
{
    private static byte[] Bad(string name) => File.ReadAllBytes(Path.Combine(SharedData.Samples, "bad", name));

    [Fact]
    public async Task A_decompression_bomb_is_refused_from_its_header_before_decoding()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var error = await Assert.ThrowsAsync<InvalidImageException>(() => PageFile.Open(Bad("s040-tiff-bomb.tif"), new ImagingOptions()));

        Assert.Contains("100000 x 100000 pixels, beyond the limit of 150 million pixels", error.Message);
        Assert.True(GC.GetTotalMemory(forceFullCollection: false) - before < 50_000_000);
    }

    [Theory]
    [InlineData("s044-encrypted-pdf.pdf", "encrypted")]
    [InlineData("s038-truncated-pdf.pdf", "cannot be read")]
    [InlineData("s036-empty.pdf", "empty")]
    public async Task Unreadable_files_are_refused_with_a_reason_a_clerk_understands(string name, string reason)
    {
        var error = await Assert.ThrowsAsync<InvalidImageException>(() => PageFile.Open(Bad(name), new ImagingOptions()));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public async Task A_truncated_image_fails_when_its_page_is_decoded()
    {
        using var file = await PageFile.Open(Bad("s037-truncated-png.png"), new ImagingOptions());

        await Assert.ThrowsAsync<InvalidImageException>(() => file.Render(0));
    }

    [Fact]
    public async Task A_file_is_what_its_bytes_say_whatever_its_name()
    {
        using var file = await PageFile.Open(Bad("s041-png-as-pdf.pdf"), new ImagingOptions());

        Assert.Equal("image/png", file.MediaType);
        Assert.Equal(1, file.PageCount);
    }

    [Fact]
    public async Task A_photo_is_turned_as_its_camera_recorded_and_a_huge_image_is_scaled_down()
    {
        var rotated = Bad("s046-exif-rotated.jpg");
        using var photo = await PageFile.Open(rotated, new ImagingOptions());
        using var upright = await photo.Render(0);
        using var huge = await PageFile.Open(Bad("s045-huge-image.png"), new ImagingOptions());
        using var scaled = await huge.Render(0);

        Assert.Equal(6, ExifOrientation.Read(rotated));
        Assert.True(upright.Height > upright.Width, $"{upright.Width} x {upright.Height} is not portrait");
        Assert.True(scaled.Pixels <= new ImagingOptions().ProcessingPixels * 1.01, $"{scaled.Pixels} pixels");
    }

    [Fact]
    public async Task A_multi_page_fax_has_its_pages_counted_from_its_directory()
    {
        using var fax = await PageFile.Open(File.ReadAllBytes(Path.Combine(SharedData.Samples, "s034-fax-invoice.tif")), new ImagingOptions());
        using var second = await fax.Render(1);

        Assert.Equal(2, fax.PageCount);
        Assert.Equal(1686, second.Width);
    }
}
