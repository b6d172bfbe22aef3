using System.Globalization;
using System.Text.RegularExpressions;

namespace DexFlow.Contracts.Orders;

/// <summary>Human-readable order numbers: the year and a sequence of at least six digits, e.g. <c>2026-000123</c>.</summary>
public static partial class OrderNumbers
{
    public const string Series = "order";

    public static string Format(int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{sequence:D6}");

    public static bool IsWellFormed(string? number) => number is not null && Pattern().IsMatch(number);

    [GeneratedRegex(@"^\d{4}-\d{6,12}$")]
    private static partial Regex Pattern();
}
