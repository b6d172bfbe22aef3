namespace DexFlow.Grains.Imaging;

/// <summary>Tells a file's real type from its first bytes, whatever its name or declared type says.</summary>
public static class ImageSniffer
{
    public const string Pdf = "application/pdf";
    public const string Tiff = "image/tiff";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string Bmp = "image/bmp";
    public const string Webp = "image/webp";
    public const string Email = "message/rfc822";
    public const string Unknown = "application/octet-stream";

    public static string MediaType(ReadOnlySpan<byte> head) => head switch
    {
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', ..] => Pdf,
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => Png,
        [0xFF, 0xD8, 0xFF, ..] => Jpeg,
        [(byte)'I', (byte)'I', 42, 0, ..] or [(byte)'M', (byte)'M', 0, 42, ..] => Tiff,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => Gif,
        [(byte)'B', (byte)'M', ..] => Bmp,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => Webp,
        _ when head.IndexOf("%PDF-"u8) is >= 0 and < 1024 => Pdf,
        _ => Unknown,
    };

    public static bool IsImage(string mediaType) => mediaType is Tiff or Png or Jpeg or Gif or Bmp or Webp;
}
