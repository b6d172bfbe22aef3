using System.Globalization;

namespace DexFlow.Web;

/// <summary>Money as pages show it: two decimals in the user's culture, followed by the currency the API names.</summary>
public static class Amounts
{
    public static string Format(decimal? amount, string? currency) =>
        amount is { } value ? $"{value.ToString("N2", CultureInfo.CurrentCulture)} {currency}".TrimEnd() : "";
}
