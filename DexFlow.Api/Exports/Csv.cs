using System.Text;

namespace DexFlow.Api.Exports;

/// <summary>RFC 4180 CSV in UTF-8: a header row, CRLF line ends, fields quoted where they hold a comma, quote or line break.</summary>
public static class Csv
{
    public const string MediaType = "text/csv";

    /// <summary>Whether the caller asked for CSV: <c>?format=csv</c>, or an Accept header naming text/csv.</summary>
    public static bool Requested(HttpContext http, string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
        || (format is null && http.Request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Refuses a format other than json or csv.</summary>
    public static void EnsureKnown(string? format)
    {
        if (format is not null && !format.Equals("csv", StringComparison.OrdinalIgnoreCase) && !format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            throw Contracts.Errors.ValidationException.For("format", "Must be json or csv.");
        }
    }

    public static IResult File(string fileName, IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return TypedResults.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()),
            MediaType + "; charset=utf-8", fileName);
    }

    private static void Line(StringBuilder text, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            first = false;
            var value = field ?? "";
            // A field that a spreadsheet would read as a formula is prefixed with a quote mark (OWASP CSV injection).
            if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                value = "'" + value;
            }

            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(value);
            }
        }

        text.Append("\r\n");
    }
}
