using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace DexFlow.Grains.Indexing.Orders;

/// <summary>
/// Label–value pairs of a form or a table of label and value: a label starts its line or a column (after a tab), or
/// is followed by a colon anywhere on the line (OCR joins a page's columns into one line: "Item: book Extent: 320
/// pages"); its value runs to the next label or column. A label alone on its line takes the next line as its value
/// (labels above their values), unless that line is a label too: then the form's field is empty, as on a form filled
/// in by hand that OCR cannot read. A bilingual label names its field on both sides ("Auflage / Quantity").
/// </summary>
public sealed partial class LabelledValues
{
    /// <param name="Row">The rest of the label's line, every column: a form's row of choices ("Finishing→cutting→folding→…").</param>
    public sealed record Value(string Field, string Text, string Row);

    /// <summary>The values found, in the order of the text, of fields and of the lexicon's helpers.</summary>
    public IReadOnlyList<Value> Values { get; }

    private LabelledValues(IReadOnlyList<Value> values) => Values = values;

    public static LabelledValues Find(string text, OrderLexicon lexicon)
    {
        var (labels, fieldOf) = Compile(lexicon);
        var lines = text.Split('\n');
        var values = new List<Value>();
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var found = Accepted(line, labels);
            for (var at = 0; at < found.Count; at++)
            {
                var label = found[at];
                var end = at + 1 < found.Count ? found[at + 1].Index : line.Length;
                var rest = line[(label.Index + label.Length)..end];

                // "Auflage / Quantity": the value follows the label on the other side of the slash.
                if (at + 1 < found.Count && rest.Trim() == "/")
                {
                    continue;
                }

                var row = Separator().Replace(rest, "", 1);
                var tab = row.IndexOf('\t', StringComparison.Ordinal);
                var value = (tab > 0 ? row[..tab] : row).Trim();
                var field = fieldOf[Key(label.Value)];
                if (value.Length > 0)
                {
                    Add(field, value, row.Trim());
                    continue;
                }

                if (at + 1 < found.Count || line[..label.Index].Trim().Length > 0 && !line[..label.Index].TrimEnd().EndsWith('/'))
                {
                    continue; // an empty cell of a row, not a label above its value
                }

                var next = NextContentLine(lines, index);
                if (next < 0 || Accepted(lines[next], labels) is [{ Index: var first }, ..] && lines[next][..first].Trim().Length == 0)
                {
                    continue; // the form's field is empty
                }

                var below = lines[next].Trim();
                var cell = below.IndexOf('\t', StringComparison.Ordinal);
                Add(field, (cell > 0 ? below[..cell] : below).Trim(), below);
            }
        }

        return new LabelledValues(values);

        void Add(string? field, string value, string row)
        {
            if (field is not null)
            {
                values.Add(new Value(field, value, row));
            }
        }
    }

    /// <summary>Whether the line starts with a label ("PO number", "Supplier:"): a line of the form, not a name.</summary>
    public static bool StartsWithLabel(string line, OrderLexicon lexicon) =>
        Accepted(line, Compile(lexicon).Labels) is [{ Index: var at }, ..] && line[..at].Trim().Length == 0;

    /// <summary>The labels on a line that are labels here: at the line's or a column's start, after a slash, or before a colon.</summary>
    private static List<Match> Accepted(string line, Regex labels)
    {
        var accepted = new List<Match>();
        foreach (Match match in labels.Matches(line))
        {
            var before = line[..match.Index].TrimEnd(' ');
            var after = line[(match.Index + match.Length)..].TrimStart(' ');
            if (before.Length == 0 || before.EndsWith('\t') || before.EndsWith('/') || after.StartsWith(':') || after.StartsWith('#'))
            {
                accepted.Add(match);
            }
        }

        return accepted;
    }

    private static int NextContentLine(string[] lines, int index)
    {
        for (var next = index + 1; next < lines.Length && next <= index + 3; next++)
        {
            if (lines[next].Trim().Length > 0)
            {
                return next;
            }
        }

        return -1;
    }

    private static readonly ConditionalWeakTable<OrderLexicon, Tuple<Regex, Dictionary<string, string?>>> Compiled = new();

    private static (Regex Labels, Dictionary<string, string?> FieldOf) Compile(OrderLexicon lexicon) =>
        Compiled.GetValue(lexicon, Build).ToValueTuple();

    /// <summary>One expression for every label, longest first, and the field each names (null: a label DexFlow does not read).</summary>
    private static Tuple<Regex, Dictionary<string, string?>> Build(OrderLexicon lexicon)
    {
        var fieldOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (field, labels) in lexicon.Labels)
        {
            foreach (var label in labels)
            {
                fieldOf.TryAdd(Key(label), field);
            }
        }

        foreach (var (helper, labels) in lexicon.Helpers)
        {
            foreach (var label in labels)
            {
                fieldOf.TryAdd(Key(label), helper);
            }
        }

        foreach (var label in lexicon.OtherLabels)
        {
            fieldOf.TryAdd(Key(label), null);
        }

        var alternatives = fieldOf.Keys.OrderByDescending(label => label.Length).Select(label => Regex.Escape(label).Replace(@"\ ", @"\s+", StringComparison.Ordinal));
        var expression = new Regex(@"(?<![\p{L}\d])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\d]|[-/.][\p{L}\d])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return Tuple.Create(expression, fieldOf);
    }

    private static string Key(string label) => WhiteSpace().Replace(label.Trim().ToLowerInvariant(), " ");

    // What separates a label from its value: a colon, a hash, OCR's ":." or ";", a table's rule read as "|" or "[".
    [GeneratedRegex(@"^[ \t]*[:#;|\[]?[.:]?[ \t]*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
