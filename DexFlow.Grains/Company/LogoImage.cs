using DexFlow.Contracts.Company;
using DexFlow.Contracts.Errors;
using PdfSharp.Drawing;

namespace DexFlow.Grains.Company;

/// <summary>A logo as the invoices print it: a PNG or JPEG that the PDF writer can read, at most <see cref="CompanyLogo.MaxBytes"/>.</summary>
public static class LogoImage
{
    private const int MaxBytes = CompanyLogo.MaxBytes;

    /// <summary>The image's media type; throws <see cref="ValidationException"/> for anything else, or one that cannot be read.</summary>
    public static string EnsureReadable(byte[] image)
    {
        if (image.Length == 0 || image.Length > MaxBytes)
        {
            throw ValidationException.For("logo", $"A logo of 1 byte to {MaxBytes / 1024} KB.");
        }

        var mediaType = image.AsSpan().StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
            : image.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
            : throw ValidationException.For("logo", "A PNG or JPEG image.");
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            using var read = XImage.FromStream(stream);
            if (read.PixelWidth <= 0 || read.PixelHeight <= 0)
            {
                throw ValidationException.For("logo", "The image has no pixels.");
            }
        }
        catch (Exception exception) when (exception is not ValidationException)
        {
            throw ValidationException.For("logo", $"The {mediaType} image cannot be read: it is damaged or of a kind PDFs cannot hold.");
        }

        return mediaType;
    }
}
