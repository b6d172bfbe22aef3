using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Invoicing;
using DexFlow.Grains.Paperwork;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Paperwork;

public sealed class TextFittingTests
{
    // A monospaced "font": every character is 5 points wide.
    private static double Width(string text) => 5.0 * text.Length;

    [Fact]
    public void Shortening_a_100_KB_text_to_a_cell_takes_a_logarithmic_number_of_measurements_of_short_strings()
    {
        var text = new string('x', 100_000);
        var measured = new List<int>();

        var fitted = TextFitting.Truncate(text, 400, candidate =>
        {
            measured.Add(candidate.Length);
            return Width(candidate);
        });

        Assert.Equal(new string('x', 79) + "…", fitted);
        Assert.InRange(measured.Count, 1, 40);
        Assert.True(measured.Sum() < 4 * text.Length, $"measured {measured.Sum()} characters in all");
    }

    [Fact]
    public void Wrapping_breaks_at_spaces_and_inside_a_word_longer_than_a_line_and_keeps_line_breaks()
    {
        var lines = TextFitting.Wrap("Bleed missing on the back\nabcdefghijklmnopqrstuvwxyz", 50, Width).ToArray();

        Assert.Equal(["Bleed", "missing on", "the back", "abcdefghij", "klmnopqrst", "uvwxyz"], lines);
        Assert.Equal([""], TextFitting.Wrap("", 50, Width));
    }

    [Fact]
    public void Wrapping_100_KB_without_a_space_measures_each_character_a_logarithmic_number_of_times()
    {
        var measuredCharacters = 0L;

        var lines = TextFitting.Wrap(new string('x', 100_000), 500, candidate =>
        {
            measuredCharacters += candidate.Length;
            return Width(candidate);
        }).ToArray();

        Assert.Equal(1000, lines.Length);
        Assert.All(lines, line => Assert.Equal(100, line.Length));
        Assert.True(measuredCharacters < 100_000L * 20, $"measured {measuredCharacters} characters in all");
    }

    [Fact(Timeout = 30_000)]
    public async Task A_credit_note_whose_reason_is_100_KB_renders_its_pdf_at_once()
    {
        var credit = new Invoice("CRN-2026-000001", InvoiceKind.CreditNote, "2026-000042", "EUR", 8.40m, 1.60m, 10m, 0, "INV-2026-000001",
            string.Join(' ', Enumerable.Repeat("Goodwill for the late delivery", 3_400)), Now, "alex", new ContentRef("", 0));

        var pdf = await Task.Run(() => InvoicePdf.Render(credit, CompleteDraft(), "DXF-O-2026-000042"));

        Assert.Equal("%PDF-"u8.ToArray(), pdf.AsSpan(0, 5).ToArray());
    }
}
