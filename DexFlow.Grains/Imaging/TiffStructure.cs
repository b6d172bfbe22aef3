using System.Buffers.Binary;

namespace DexFlow.Grains.Imaging;

/// <summary>
/// Reads a TIFF's directory chain without decoding any pixels: how many pages it has and how large each is, so that
/// a decompression bomb is refused before a single pixel is allocated. Also reads EXIF blocks, which are TIFF inside.
/// </summary>
public static class TiffStructure
{
    private const int MaxPages = 10_000;
    private const ushort ImageWidth = 256;
    private const ushort ImageLength = 257;

    public readonly record struct PageSize(long Width, long Height);

    /// <summary>The size of every page, in order; throws <see cref="InvalidImageException"/> for a damaged structure.</summary>
    public static IReadOnlyList<PageSize> Pages(ReadOnlySpan<byte> tiff)
    {
        var pages = new List<PageSize>();
        foreach (var directory in Directories(tiff))
        {
            pages.Add(new PageSize(
                Tag(tiff, directory, ImageWidth) ?? throw new InvalidImageException("a TIFF page has no width"),
                Tag(tiff, directory, ImageLength) ?? throw new InvalidImageException("a TIFF page has no height")));
        }

        return pages.Count > 0 ? pages : throw new InvalidImageException("the TIFF has no pages");
    }

    /// <summary>The value of a numeric tag in the first directory, or null (used for EXIF's orientation tag).</summary>
    public static long? FirstDirectoryTag(ReadOnlySpan<byte> tiff, ushort tag)
    {
        foreach (var directory in Directories(tiff))
        {
            return Tag(tiff, directory, tag);
        }

        return null;
    }

    private static List<int> Directories(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            throw new InvalidImageException("the TIFF header is truncated");
        }

        var little = tiff[0] == (byte)'I';
        if (ReadUInt16(tiff, 2, little) == 43)
        {
            throw new InvalidImageException("BigTIFF files are not supported");
        }

        var directories = new List<int>();
        var offset = ReadUInt32(tiff, 4, little);
        while (offset != 0)
        {
            if (offset + 2 > (uint)tiff.Length || directories.Contains((int)offset) || directories.Count >= MaxPages)
            {
                throw new InvalidImageException("the TIFF directory chain is damaged");
            }

            directories.Add((int)offset);
            var entries = ReadUInt16(tiff, (int)offset, little);
            var next = (int)offset + 2 + entries * 12;
            if (next + 4 > tiff.Length)
            {
                throw new InvalidImageException("a TIFF directory is truncated");
            }

            offset = ReadUInt32(tiff, next, little);
        }

        return directories;
    }

    private static long? Tag(ReadOnlySpan<byte> tiff, int directory, ushort wanted)
    {
        var little = tiff[0] == (byte)'I';
        var entries = ReadUInt16(tiff, directory, little);
        for (var i = 0; i < entries; i++)
        {
            var entry = directory + 2 + i * 12;
            if (ReadUInt16(tiff, entry, little) != wanted)
            {
                continue;
            }

            return ReadUInt16(tiff, entry + 2, little) switch
            {
                3 => ReadUInt16(tiff, entry + 8, little), // SHORT, stored in the entry
                4 => ReadUInt32(tiff, entry + 8, little), // LONG
                _ => null,
            };
        }

        return null;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, int offset, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(data[offset..]) : BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);

    private static uint ReadUInt32(ReadOnlySpan<byte> data, int offset, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]) : BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
}
