namespace DexFlow.Grains.Imaging;

/// <summary>
/// The orientation a camera or phone recorded in a JPEG's EXIF block (1 = upright … 8), which image decoders ignore;
/// applying it first lets OCR and barcode reading see the page the right way up.
/// </summary>
public static class ExifOrientation
{
    private const ushort OrientationTag = 0x0112;

    public static int Read(ReadOnlySpan<byte> jpeg)
    {
        var position = 2; // after the SOI marker
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            var length = (jpeg[position + 2] << 8) | jpeg[position + 3];
            if (marker is 0xDA or 0xD9 || length < 2 || position + 2 + length > jpeg.Length)
            {
                break; // image data begins, or the segment is damaged: no usable EXIF
            }

            var segment = jpeg.Slice(position + 4, length - 2);
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8))
            {
                try
                {
                    return (int)(TiffStructure.FirstDirectoryTag(segment[6..], OrientationTag) ?? 1);
                }
                catch (Exception exception) when (exception is InvalidImageException or ArgumentOutOfRangeException)
                {
                    return 1;
                }
            }

            position += 2 + length;
        }

        return 1;
    }

    /// <summary>Turns the decoded image upright according to the EXIF orientation.</summary>
    public static PageImage Apply(PageImage image, int orientation)
    {
        return orientation switch
        {
            2 => image.Mirror(),
            3 => image.Rotate(2),
            4 => Mirrored(image, 2),
            5 => Mirrored(image, 3),
            6 => image.Rotate(1),
            7 => Mirrored(image, 1),
            8 => image.Rotate(3),
            _ => image.Rotate(0),
        };

        static PageImage Mirrored(PageImage image, int quarterTurns)
        {
            using var mirrored = image.Mirror();
            return mirrored.Rotate(quarterTurns);
        }
    }
}
