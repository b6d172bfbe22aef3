namespace DexFlow.Grains.Company;

/// <summary>The IBAN's check (ISO 13616): letters as numbers 10–35, the first four characters moved to the end, mod 97 is 1.</summary>
public static class Iban
{
    public static bool IsValid(string? iban)
    {
        if (iban is null || iban.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]) || !iban.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            return false;
        }

        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            // Digit by digit keeps the running remainder small, whatever the IBAN's length.
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
        }

        return remainder == 1;
    }

    /// <summary>In groups of four, as printed on invoices.</summary>
    public static string Printed(string iban) => string.Join(' ', iban.Chunk(4).Select(group => new string(group)));
}
