using PdfSharp.Drawing;
using ZXing.OneD;

namespace DexFlow.Grains.Paperwork;

/// <summary>Draws a Code 128 barcode as vector bars (ZXing encodes, PDFsharp draws), sharp at any print or scan resolution.</summary>
public static class Code128Drawing
{
    /// <summary>Module width in points: 0.35 mm, wide enough to survive a fax.</summary>
    public const double Module = 1.0;

    /// <summary>Draws the code with quiet zones, its text beneath; returns the drawn width.</summary>
    public static double Draw(XGraphics graphics, string text, double x, double y, double height, XFont font)
    {
        var modules = new Code128Writer().encode(text);
        const int QuietModules = 10;
        for (var i = 0; i < modules.Length;)
        {
            if (!modules[i])
            {
                i++;
                continue;
            }

            var start = i;
            while (i < modules.Length && modules[i])
            {
                i++;
            }

            graphics.DrawRectangle(XBrushes.Black, x + (QuietModules + start) * Module, y, (i - start) * Module, height);
        }

        var width = (modules.Length + 2 * QuietModules) * Module;
        var label = graphics.MeasureString(text, font);
        graphics.DrawString(text, font, XBrushes.Black, x + (width - label.Width) / 2, y + height + font.Height);
        return width;
    }
}
