namespace DexFlow.Grains.Indexing;

/// <summary>
/// A table as lines the field patterns can read. A table whose first row names three or more columns in words, with
/// rows below it, is a header and its records: each record becomes <c>header: value</c> lines. Any other row becomes a
/// line of its own: a label and a value as <c>label: value</c>, more cells separated by tabs.
/// </summary>
public static class TableLines
{
    /// <summary>The most of a cell that is read: a cell is a label or a value, and a file may repeat a huge one in every row.</summary>
    public const int MaxCellLength = 2000;

    public static IEnumerable<string> Of(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var filled = rows.Select(row => row.Select(Cell).ToArray()).Where(row => row.Any(cell => cell.Length > 0)).ToArray();
        if (filled.Length > 1 && IsHeader(filled[0]))
        {
            var header = filled[0];
            foreach (var record in filled.Skip(1))
            {
                for (var column = 0; column < Math.Min(header.Length, record.Length); column++)
                {
                    if (header[column].Length > 0 && record[column].Length > 0)
                    {
                        yield return $"{header[column].TrimEnd(':')}: {record[column]}";
                    }
                }
            }

            yield break;
        }

        foreach (var row in filled)
        {
            var cells = row.Where(cell => cell.Length > 0).ToArray();
            yield return cells.Length == 2 ? $"{cells[0].TrimEnd(':')}: {cells[1]}" : string.Join('\t', cells);
        }
    }

    private static string Cell(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed.Length > MaxCellLength ? trimmed[..MaxCellLength] : trimmed;
    }

    private static bool IsHeader(string[] row)
    {
        var cells = row.Where(cell => cell.Length > 0).ToArray();
        return cells.Length >= 3 && cells.All(cell => cell.Any(char.IsLetter) && !cell.Any(char.IsDigit));
    }
}
