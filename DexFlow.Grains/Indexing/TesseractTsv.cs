using System.Collections.Immutable;
using System.Globalization;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// The words of Tesseract's TSV output with their boxes: one row per layout element, level 1 the page (its width and
/// height in pixels) and level 5 a word (left, top, width, height, confidence, text).
/// </summary>
public static class TesseractTsv
{
    private const int Level = 0, Left = 6, Top = 7, Width = 8, Height = 9, Confidence = 10, Text = 11;

    public static ImmutableArray<WordBox> Words(string tsv)
    {
        var words = ImmutableArray.CreateBuilder<WordBox>();
        double pageWidth = 0, pageHeight = 0;
        foreach (var line in tsv.Split('\n'))
        {
            var columns = line.TrimEnd('\r').Split('\t');
            if (columns.Length <= Text)
            {
                continue;
            }

            if (columns[Level] == "1")
            {
                pageWidth = Number(columns[Width]);
                pageHeight = Number(columns[Height]);
            }
            else if (columns[Level] == "5" && columns[Text].Trim() is { Length: > 0 } text && pageWidth > 0 && pageHeight > 0
                     && double.TryParse(columns[Confidence], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                words.Add(new WordBox(text,
                    Fraction(Number(columns[Left]), pageWidth), Fraction(Number(columns[Top]), pageHeight),
                    Fraction(Number(columns[Width]), pageWidth), Fraction(Number(columns[Height]), pageHeight),
                    (int)Math.Round(Math.Clamp(confidence, 0, 100), MidpointRounding.AwayFromZero)));
            }
        }

        return words.ToImmutable();
    }

    /// <summary>A position as a share of the page, to four places: a quarter of a pixel on an A4 page at 300 dpi.</summary>
    internal static double Fraction(double value, double whole) => Math.Round(Math.Clamp(value / whole, 0, 1), 4);

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
