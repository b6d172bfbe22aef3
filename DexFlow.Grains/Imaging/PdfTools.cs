using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Imaging;

/// <summary>
/// Reads PDFs with Poppler's command-line tools (Debian's <c>poppler-utils</c>: pdfinfo, pdftotext, pdftoppm).
/// Poppler reconstructs damaged cross-reference tables, renders what PDF libraries for .NET cannot, and running it
/// out of process means a hostile file can crash or hang only a child process, which is killed after a time limit.
/// </summary>
public static partial class PdfTools
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public sealed record PdfInfo(int Pages, IReadOnlyList<(double WidthPt, double HeightPt)> PageSizes);

    public static async Task<PdfInfo> Info(string path, CancellationToken cancellationToken = default)
    {
        var result = await ExternalTool.Run("pdfinfo", ["-f", "1", "-l", "100000", path], Limit, cancellationToken);
        if (result.Errors.Contains("Incorrect password", StringComparison.Ordinal) || EncryptedYes().IsMatch(result.Output))
        {
            throw new InvalidImageException("the PDF is encrypted with a password; it was kept, but cannot be read");
        }

        var pages = PagesLine().Match(result.Output);
        if (result.ExitCode != 0 || !pages.Success)
        {
            var reason = result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "unreadable";
            throw new InvalidImageException($"the PDF cannot be read ({reason.Trim()})");
        }

        var sizes = PageSizeLine().Matches(result.Output)
            .Select(match => (Number(match.Groups[1].Value), Number(match.Groups[2].Value)))
            .ToArray();
        var count = int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture);
        return count > 0 ? new PdfInfo(count, sizes) : throw new InvalidImageException("the PDF has no pages");
    }

    /// <summary>The page's text layer in reading order, label and value on one line (<see cref="PdfLayoutText"/>); empty when the page is only an image.</summary>
    public static async Task<string> Text(string path, int page, CancellationToken cancellationToken = default)
    {
        var number = (page + 1).ToString(CultureInfo.InvariantCulture);
        var result = await ExternalTool.Run("pdftotext", ["-f", number, "-l", number, "-bbox-layout", "-enc", "UTF-8", path, "-"], Limit, cancellationToken);
        return result.ExitCode == 0 ? PdfLayoutText.Parse(result.Output) : "";
    }

    /// <summary>The words of the page's text layer with their boxes; empty when the page is only an image.</summary>
    public static async Task<ImmutableArray<WordBox>> Words(string path, int page, CancellationToken cancellationToken = default)
    {
        var number = (page + 1).ToString(CultureInfo.InvariantCulture);
        var result = await ExternalTool.Run("pdftotext", ["-f", number, "-l", number, "-bbox", "-enc", "UTF-8", path, "-"], Limit, cancellationToken);
        return result.ExitCode == 0 ? PdfWordBoxes.Parse(result.Output) : [];
    }

    /// <summary>Renders a page to 8-bit gray at <paramref name="dpi"/>, as PGM: raw pixels, no compression to spend time on.</summary>
    public static async Task<PageImage> Render(string path, int page, int dpi, CancellationToken cancellationToken = default)
    {
        var number = (page + 1).ToString(CultureInfo.InvariantCulture);
        var output = Path.Combine(Path.GetDirectoryName(path)!, $"page-{number}");
        var result = await ExternalTool.Run("pdftoppm",
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", number, "-l", number, "-singlefile", path, output],
            Limit, cancellationToken);
        var pgm = output + ".pgm";
        if (result.ExitCode != 0 || !File.Exists(pgm))
        {
            throw new InvalidImageException($"PDF page {number} cannot be rendered ({result.Errors.Trim()})");
        }

        try
        {
            var image = PageImage.Decode(await File.ReadAllBytesAsync(pgm, cancellationToken));
            image.SetDpi(dpi);
            return image;
        }
        finally
        {
            File.Delete(pgm);
        }
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Encrypted:\s+yes", RegexOptions.Multiline)]
    private static partial Regex EncryptedYes();

    [GeneratedRegex(@"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}
