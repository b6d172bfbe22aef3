using System.Globalization;
using System.Text.RegularExpressions;

namespace DexFlow.Grains.Indexing.Invoices;

/// <summary>An invoice's net, VAT and gross amounts and its VAT rate, with how far they agree with each other.</summary>
public sealed partial record InvoiceTotals(decimal? Net, decimal? Vat, decimal? Gross, decimal? Rate, InvoiceTotals.Agreement Checked)
{
    public enum Agreement
    {
        /// <summary>Net + VAT = gross, and VAT = net × the printed rate.</summary>
        Both,

        /// <summary>Net + VAT = gross; no single rate was printed to check the VAT against.</summary>
        Sum,

        /// <summary>The amounts were found but do not add up: each is a guess.</summary>
        None,
    }

    /// <summary>
    /// Reads the totals lines (a label in any of the lexicon's languages and an amount with two decimals) and picks the
    /// net, VAT and gross that add up, preferring the last lines (totals close an invoice) and a VAT that is the printed
    /// rate of the net. A rate is read only as a percentage and an amount only with its decimals, so a rate is never
    /// taken for an amount. Null when no totals line was found.
    /// </summary>
    public static InvoiceTotals? Read(string text, TotalsLexicon lexicon)
    {
        var nets = new List<decimal>();
        var grosses = new List<decimal>();
        var vats = new List<(decimal Amount, decimal? Rate)>();
        decimal? rateAlone = null;
        foreach (var line in text.Split('\n'))
        {
            var rate = Percent().Match(line) is { Success: true } percent ? Number(percent.Groups[1].Value) : null;
            var withoutRate = Percent().Replace(line, " ");
            var amounts = Money().Matches(withoutRate);
            if (amounts.Count == 0)
            {
                // The VAT's amount may stand on a line of its own, or be unreadable: its rate is still the rate.
                if (rate is not null && lexicon.Classify(withoutRate.ToLowerInvariant()) == TotalKind.Vat)
                {
                    rateAlone = rate;
                }

                continue;
            }

            var label = withoutRate[..amounts[0].Index].ToLowerInvariant();
            var amount = Amount(amounts[^1].Value);
            if (amount is null || lexicon.IsIdentifier(label))
            {
                continue;
            }

            switch (lexicon.Classify(label))
            {
                case TotalKind.Gross:
                    grosses.Add(amount.Value);
                    break;
                case TotalKind.Net:
                    nets.Add(amount.Value);
                    break;
                case TotalKind.Vat:
                    vats.Add((amount.Value, rate));
                    break;
            }
        }

        if (nets.Count + vats.Count + grosses.Count == 0 && rateAlone is null)
        {
            return null;
        }

        return Agreeing(nets, vats, grosses)
               ?? new InvoiceTotals(Last(nets), vats.Count > 0 ? vats[^1].Amount : null, Last(grosses), vats.Count > 0 ? vats[^1].Rate ?? rateAlone : rateAlone, Agreement.None);
    }

    private static InvoiceTotals? Agreeing(List<decimal> nets, List<(decimal Amount, decimal? Rate)> vats, List<decimal> grosses)
    {
        InvoiceTotals? sumOnly = null;
        for (var g = grosses.Count - 1; g >= 0; g--)
        {
            for (var n = nets.Count - 1; n >= 0; n--)
            {
                var net = nets[n];
                var gross = grosses[g];
                for (var v = vats.Count - 1; v >= 0; v--)
                {
                    var (vat, rate) = vats[v];
                    if (Near(net + vat, gross))
                    {
                        if (rate is { } printed && Near(Math.Round(net * printed / 100m, 2), vat))
                        {
                            return new InvoiceTotals(net, vat, gross, printed, Agreement.Both);
                        }

                        sumOnly ??= new InvoiceTotals(net, vat, gross, null, Agreement.Sum);
                    }
                }

                // Several rates (reduced and standard): the VAT lines together.
                if (vats.Count > 1 && Near(net + vats.Sum(line => line.Amount), gross))
                {
                    sumOnly ??= new InvoiceTotals(net, vats.Sum(line => line.Amount), gross, null, Agreement.Sum);
                }
            }
        }

        return sumOnly;
    }

    // Two cents either way: each amount was rounded on its own.
    private static bool Near(decimal left, decimal right) => Math.Abs(left - right) <= 0.02m;

    private static decimal? Last(List<decimal> amounts) => amounts.Count > 0 ? amounts[^1] : null;

    private static decimal? Amount(string printed) =>
        FieldExtractor.Normalise(printed.TrimStart('-', '−'), FieldFormat.Amount) is { } value
            ? decimal.Parse(value, CultureInfo.InvariantCulture)
            : null;

    private static decimal? Number(string printed) =>
        decimal.TryParse(printed.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex(@"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")]
    private static partial Regex Percent();

    // Two decimals, thousands grouped by a dot, comma, apostrophe or space ("1 000,00"; only labelled lines are read,
    // so an item's quantity and price are not joined into one amount).
    [GeneratedRegex(@"(?<![\d.,])[-−]?\d{1,3}(?:[.,'\u00A0\u202F ]?\d{3})*[.,]\d{2}(?![\d])")]
    private static partial Regex Money();
}
