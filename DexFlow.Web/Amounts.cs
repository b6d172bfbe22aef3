using System.Globalization;

namespace DexFlow.Web;

/// <summary>
/// Amounts as pages show them: the current culture's digits and separators, followed by the currency the API gave
/// (the app never assumes one).
/// </summary>
public static class Amounts
{
    public static string Format(decimal? amount, string? currency) =>
        amount is null ? "" : $"{amount.Value.ToString("N2", CultureInfo.CurrentCulture)} {currency}".TrimEnd();
}
