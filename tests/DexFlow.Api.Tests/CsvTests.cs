using System.Text;
using DexFlow.Api.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Tests;

/// <summary>The CSV of reports and the audit trail: RFC 4180 quoting, and no cell a spreadsheet would run as a formula.</summary>
public sealed class CsvTests
{
    [Fact]
    public void Fields_are_quoted_where_needed_and_formulas_are_defused_but_negative_numbers_are_kept()
    {
        var result = (FileContentHttpResult)Csv.File("x.csv", ["name", "amount"],
            [["=HYPERLINK(\"http://evil\")", "-12.50"], ["Acme, \"the\" printer", null], ["@SUM(A1)", "line\nbreak"]]);

        Assert.Equal("text/csv; charset=utf-8", result.ContentType);
        Assert.Equal(
            "name,amount\r\n\"'=HYPERLINK(\"\"http://evil\"\")\",-12.50\r\n\"Acme, \"\"the\"\" printer\",\r\n'@SUM(A1),\"line\nbreak\"\r\n",
            Encoding.UTF8.GetString(result.FileContents.Span));
    }
}
