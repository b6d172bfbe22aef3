using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DexFlow.Contracts.Documents;

namespace DexFlow.Grains.Indexing.Orders;

/// <summary>
/// Reads a customer's print order (a form, a table, or a letter) into the fields a draft order needs. Values under
/// a label come first (<see cref="LabelledValues"/>); what no label gives is looked for where such orders write it: a
/// quantity with its unit or under a table's quantity column, a size in millimetres or inches, colours next to the
/// word, a paper by its grammage, "delivered by 2 March 2026". The customer is the one labelled, else the letterhead,
/// else the company under a letter's signature, else the first line of the delivery address; never the shop the
/// order names as its supplier.
/// </summary>
public static partial class PrintOrderReader
{
    /// <summary>The fields that describe the print job itself: without any of them, a draft order says nothing.</summary>
    public static readonly string[] SpecificationFields =
        [FieldNames.Product, FieldNames.Quantity, FieldNames.FinishedSize, FieldNames.Pages, FieldNames.Colours, FieldNames.Paper];

    /// <summary>Every field this reader gives.</summary>
    public static readonly string[] Fields =
    [
        FieldNames.CustomerName, FieldNames.CustomerReference, FieldNames.OrderDate, FieldNames.DueDate, FieldNames.Finishing, .. SpecificationFields,
    ];

    private const double LabelledConfidence = 0.85, ContextConfidence = 0.75, LetterheadConfidence = 0.65, RepeatedNameConfidence = 0.8, InferredConfidence = 0.6;

    public static IReadOnlyList<FieldValue> Read(string text, double textConfidence, OrderLexicon lexicon)
    {
        var fields = new List<FieldValue>();
        var dates = DocumentDates.Of(text);
        var lines = text.Split('\n');
        var labelled = LabelledValues.Find(text, lexicon).Values;
        var suppliers = labelled.Where(value => value.Field == OrderLexicon.Supplier).Select(value => Name(value.Text)).OfType<string>().ToArray();
        foreach (var value in labelled)
        {
            Take(value.Field, Normalise(value.Field, value.Field == FieldNames.Finishing ? value.Row : value.Text, dates, lexicon), LabelledConfidence);
        }

        Take(FieldNames.Quantity, CountedQuantity(text, lexicon) ?? RowCount(RowUnder(lines, QuantityColumn())), ContextConfidence);
        Take(FieldNames.FinishedSize, lines.Select(line => SpecificationValues.Size(line, byName: false)).FirstOrDefault(size => size is not null && !size.StartsWith('0')), ContextConfidence);
        Take(FieldNames.Colours, ColoursInContext().Matches(text).Select(match => SpecificationValues.Colours(match.Value)).FirstOrDefault(colours => colours is not null), ContextConfidence);
        Take(FieldNames.Paper, PaperLine(lines), ContextConfidence);
        Take(FieldNames.Pages, PagesInContext().Match(text) is { Success: true } pages ? SpecificationValues.Pages(pages.Value) : null, ContextConfidence);
        Take(FieldNames.Product, ProductWord(text, lexicon), ContextConfidence);
        Take(FieldNames.Finishing, lines.Where(line => FinishingLine(line, lexicon)).Select(line => SpecificationValues.Finishing(line, lexicon)).FirstOrDefault(finishing => finishing is not null), ContextConfidence);
        Take(FieldNames.DueDate, DeliveredBy().Match(text) is { Success: true } by ? dates.Read(by.Groups["date"].Value) : dates.ReadLast(RowUnder(lines, DateColumn())), ContextConfidence);
        Take(FieldNames.CustomerReference, OrderReferences().Matches(text).Select(match => Reference(match.Groups["ref"].Value)).FirstOrDefault(reference => reference is not null), ContextConfidence);
        Take(FieldNames.OrderDate, lines.Where(line => line.Trim().Length is > 5 and < 30).Select(line => dates.Read(line)).FirstOrDefault(date => date is not null), ContextConfidence);
        Take(FieldNames.Pages, FlatPages(fields, lexicon), InferredConfidence);
        if (!fields.Any(field => field.Name == FieldNames.CustomerName) && Letterhead(lines, lexicon) is { } letterhead)
        {
            var repeated = lines.Count(line => line.Trim().StartsWith(letterhead, StringComparison.OrdinalIgnoreCase)) > 1;
            Take(FieldNames.CustomerName, letterhead, repeated ? RepeatedNameConfidence : LetterheadConfidence);
        }

        Take(FieldNames.CustomerName, SignatureCompany(lines), LetterheadConfidence);
        Take(FieldNames.CustomerName, labelled.Where(value => value.Field == OrderLexicon.DeliveryAddress).Select(value => Name(value.Text)).FirstOrDefault(name => name is not null), LetterheadConfidence);
        return fields;

        void Take(string name, string? value, double confidence)
        {
            // The supplier the order is sent to is the shop itself, never its customer.
            var supplier = name == FieldNames.CustomerName && value is not null
                           && suppliers.Any(shop => shop.StartsWith(value, StringComparison.OrdinalIgnoreCase) || value.StartsWith(shop, StringComparison.OrdinalIgnoreCase));
            if (value is not null && !supplier && !fields.Any(field => field.Name == name))
            {
                fields.Add(new FieldValue(name, value, Math.Round(confidence * textConfidence, 2), "text"));
            }
        }
    }

    private static string? Normalise(string field, string value, DocumentDates dates, OrderLexicon lexicon) => field switch
    {
        FieldNames.CustomerName => Name(value),
        FieldNames.CustomerReference => Reference(value),
        FieldNames.OrderDate or FieldNames.DueDate => dates.Read(value),
        FieldNames.Product => SpecificationValues.Product(value, lexicon),
        FieldNames.FinishedSize => SpecificationValues.Size(value),
        FieldNames.Quantity => SpecificationValues.Quantity(value),
        FieldNames.Pages => SpecificationValues.Pages(value),
        FieldNames.Colours => SpecificationValues.Colours(value),
        FieldNames.Paper => SpecificationValues.Paper(value),
        FieldNames.Finishing => SpecificationValues.Finishing(value, lexicon),
        _ => null,
    };

    /// <summary>
    /// A line of a job's description that lists its finishing: two operations or more, a short line that starts with
    /// one ("trim"), or one that ends a clause of a sentence ("…, saddle stitched.").
    /// </summary>
    private static bool FinishingLine(string line, OrderLexicon lexicon)
    {
        var operations = SpecificationValues.Words(line, lexicon.Finishing).ToArray();
        var trimmed = line.Trim();
        return operations.Length >= 2
               || (operations is [{ Index: var at }] && ((trimmed.Length < 30 && line[..at].Trim().Length == 0 && !trimmed.Any(char.IsDigit))
                                                         || ClauseEnd().IsMatch(line[at..])));
    }

    /// <summary>A flat product (a flyer, a poster) printed on one side has one page, on both sides two.</summary>
    private static string? FlatPages(List<FieldValue> fields, OrderLexicon lexicon)
    {
        var product = fields.FirstOrDefault(field => field.Name == FieldNames.Product)?.Value;
        var colours = fields.FirstOrDefault(field => field.Name == FieldNames.Colours)?.Value;
        return product is not null && lexicon.FlatProducts.Contains(product) && colours is [_, '/', var back] ? back == '0' ? "1" : "2" : null;
    }

    /// <summary>A name as a form gives it: letters, not a date or a telephone number, not the name of a document ("Print order").</summary>
    private static string? Name(string value)
    {
        var untrimmed = Telephone().Replace(value, "").Trim().TrimStart('|', '_', '-', ' ');
        if (LegalForm().Match(untrimmed) is { Success: true } form)
        {
            // What OCR reads after "GmbH" or "e.V." is a speck or a stamp.
            var named = untrimmed[..(form.Index + form.Length)];
            return NotAName().IsMatch(named) ? null : named;
        }

        var name = untrimmed.TrimEnd('.', ',', ';', ':', '|', '_', '-', ' ').Trim();
        // Without a legal form, a name of letters: a number in it is a misread logo or an address ("goo 46 MUSEUM").
        return name.Length <= 80 && name.Count(char.IsLetter) >= 5 && !NotAName().IsMatch(name) && !Number().IsMatch(name) ? name : null;
    }

    /// <summary>A reference is a code with a digit in it: "PO-70188", "4500058083", "HF/26/54274".</summary>
    private static string? Reference(string value) =>
        ReferenceCode().Match(value) is { Success: true } code && code.Value.TrimEnd('.', '-', '/') is { Length: >= 3 } reference ? reference : null;

    /// <summary>
    /// A count with its unit ("5,000 copies"), else one before the product it counts ("printing of 1,000 folders",
    /// "2,000 A5 flyers"),
    /// but not a table row's position before its product ("1→Postcards"), a year ("our 2026 catalogue") or a format
    /// ("A5 flyers").
    /// </summary>
    private static string? CountedQuantity(string text, OrderLexicon lexicon)
    {
        const string count = @"(?<![\p{L}\d.,/]|\d )(?<count>(?:[0-9]{1,3}(?:[.,'’ \u00A0\u202F][0-9]{3})+|[0-9]+)(?:\s*k\b)?)";
        var units = string.Join('|', lexicon.QuantityUnits.OrderByDescending(unit => unit.Length).Select(Regex.Escape));
        var products = string.Join('|', lexicon.Products.Keys.OrderByDescending(product => product.Length).Select(Regex.Escape));
        var withUnit = Regex.Match(text, count + @"\s*(?:" + units + @")(?![\p{L}])", Options, TimeSpan.FromSeconds(1));
        var counted = withUnit.Success ? withUnit : Regex.Match(text, @"(?<!^[ \t]*)(?!(?:19|20)[0-9]{2}\b)" + count + @"(?:\s+\S{1,4}){0,2}?\s+(?:" + products + @")(?:s|es)?(?![\p{L}])", Options, TimeSpan.FromSeconds(1));
        return counted.Success ? SpecificationValues.Quantity(counted.Groups["count"].Value) : null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline;

    /// <summary>The row under a table's heading row that names a column; null when there is no such table.</summary>
    private static string? RowUnder(string[] lines, Regex heading)
    {
        var at = Array.FindIndex(lines, line => heading.IsMatch(line));
        return at < 0 ? null : lines.Skip(at + 1).FirstOrDefault(line => line.Trim().Length > 0);
    }

    /// <summary>
    /// The count in a table's row, read from its end (the quantity column comes last), without its sizes, dates and
    /// grammages; the first cell is the row's position ("1"), never its count.
    /// </summary>
    private static string? RowCount(string? row) => row is null
        ? null
        : NotACount().Replace(row, " ").Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries).Skip(1).Reverse()
            .Select(SpecificationValues.Quantity).FirstOrDefault(count => count is not null);


    /// <summary>The first paper the text names by its grammage; a grammage that starts a line takes its name from the line before ("on LuxoGloss / 135gsm").</summary>
    private static string? PaperLine(string[] lines)
    {
        for (var index = 0; index < lines.Length; index++)
        {
            if (lines[index].Contains("grammage", StringComparison.OrdinalIgnoreCase))
            {
                continue; // a paper data sheet's table of grammages
            }

            var paper = lines[index].Split('\t').Select(SpecificationValues.Paper).FirstOrDefault(paper => paper is not null);
            if (paper is not null && char.IsDigit(paper[0]) && index > 0 && SpecificationValues.Paper(lines[index - 1] + " " + lines[index].Split('\t')[0]) is { } named)
            {
                return named;
            }

            if (paper is not null)
            {
                return paper;
            }
        }

        return null;
    }

    /// <summary>The first product the text names as a whole word, plural or not ("300 books", not "booking").</summary>
    private static string? ProductWord(string text, OrderLexicon lexicon)
    {
        var match = ProductWords.GetValue(lexicon, Compile).Match(text);
        return match.Success
            ? lexicon.Products.Where(product => match.Groups["word"].Value.StartsWith(product.Key, StringComparison.OrdinalIgnoreCase))
                .MaxBy(product => product.Key.Length).Value
            : null;

        static Regex Compile(OrderLexicon lexicon) => new(
            @"(?<![\p{L}])(?<word>" + string.Join('|', lexicon.Products.Keys.OrderByDescending(product => product.Length).Select(Regex.Escape)) + @")(?:s|es)?(?![\p{L}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static readonly ConditionalWeakTable<OrderLexicon, Regex> ProductWords = new();

    /// <summary>
    /// The sender's name at the top of the document: the first of its first few lines that can be a name, past a fax
    /// header, a title and the order's number and date ("PURCHASE ORDER / P.O. # 4500 / Date: … / Stadtwerke …"). A
    /// letter that opens with "Dear …" has no letterhead.
    /// </summary>
    private static string? Letterhead(string[] lines, OrderLexicon lexicon)
    {
        var tried = 0;
        foreach (var raw in lines)
        {
            var line = TrailingTitle().Replace(LeadingSigns().Replace(raw.Split('\t')[0], ""), "").Trim();
            if (line.Count(char.IsLetterOrDigit) < 3 || FaxHeader().IsMatch(raw)) // a speck, a fax header, a title alone
            {
                continue;
            }

            if (Salutation().IsMatch(line) || tried++ == LetterheadLines)
            {
                return null;
            }

            if (char.IsUpper(line[0]) && !LabelledValues.StartsWithLabel(line, lexicon) && Name(TrailingSigns().Replace(line, "")) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private const int LetterheadLines = 4;

    /// <summary>
    /// The company under a letter's closing: "Yours faithfully, / Martina Hofer / Alpenblick Reisen GmbH"; the first of
    /// the lines under the signer's name with a legal form, else the one right under it unless that is the signer's
    /// position ("Purchasing Manager").
    /// </summary>
    private static string? SignatureCompany(string[] lines)
    {
        var closing = Array.FindIndex(lines, line => Closing().IsMatch(line));
        if (closing < 0)
        {
            return null;
        }

        var under = lines.Skip(closing + 1).Select(line => Department().Replace(line.Trim(), "")).Where(line => line.Length > 0).Skip(1).Take(3).ToArray();
        return under.Select(line => LegalForm().IsMatch(line) ? Name(line) : null).FirstOrDefault(name => name is not null)
               ?? (under is [var first, ..] && !Position().IsMatch(first) ? Name(first) : null);
    }

    [GeneratedRegex(@"\b(?:order|bestellung|auftrag|commande|ordine|bestelling|invoice|rechnung|form|formular|page|date|datum|sir|madam)\b|^(?:tele)?fax$|^[\d+]|@|(?:\d\D?){5}", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?=[^\n]*\p{L}{2})[^\n]{3,70}?\s(?:GmbH\s*&\s*Co\.?\s*KG|GmbH|AG|KG|Ltd\.?|Limited|plc|Inc\.?|LLC|e\.\s?V\.|SARL|S\.?A\.?R\.?L\.?|S\.?A\.|B\.V\.|N\.V\.|S\.r\.l\.|S\.p\.A\.|Oy|AB|A/S)(?![\p{L}])")]
    private static partial Regex LegalForm();

    [GeneratedRegex(@"(?<![\p{L}\d])\d+(?![\p{L}\d])")]
    private static partial Regex Number();

    // A fax header gives the sender's number before its name.
    [GeneratedRegex(@"^\s*\+?\d[\d ()/-]{6,}\d\s+")]
    private static partial Regex Telephone();

    [GeneratedRegex(@"(?<![\p{L}\d])[\p{L}\d][\p{L}\d/\-._]*\d[\p{L}\d/\-._]*|(?<![\p{L}\d])\d+")]
    private static partial Regex ReferenceCode();

    [GeneratedRegex(@"(?:^|\t|\s)(?:quantity|qty|menge|auflage|anzahl|quantité|quantità|aantal)(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex QuantityColumn();

    [GeneratedRegex(@"(?:req\.?|required|delivery|due|liefer)\s*date\s*$|\tdate\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateColumn();

    // What a table row holds besides its count: sizes, dates, grammages, inches.
    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s*[x×]\s*\d+(?:[.,]\d+)?\s*(?:mm|in\b|"")|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{2,3}\s*(?:g/m2|g/m²|gsm|g/qm|g\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NotACount();

    // An operation's word, perhaps a second one ("saddle stitched", "cut to size"), then the clause's end.
    [GeneratedRegex(@"^[\p{L}-]+(?:\s+(?:to\s+)?[\p{L}-]+)?\s*(?:[.,;]|$)")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"(?:colou?rs?|colors?|inks?|printed|farbigkeit|couleurs|colori|kleuren)\W{0,3}[^\n]{0,40}|(?:pp\.?|pages)\s*[/,]\s*[0-8]\s*/\s*[0-8](?![\d/])|\b(?:[14]\s*c|full[ -]colou?r|cmyk)\b[^\n]{0,30}|(?<![\d/.])[0-8]\s*/\s*[0-8](?![\d/])[ \t]*\(?(?:cmyk|black|full|colou?r|both|front|one side|pantone|schwarz|4c)[^\n]{0,20}", RegexOptions.IgnoreCase)]
    private static partial Regex ColoursInContext();

    [GeneratedRegex(@"(?<![\d.,/])\d{1,4}\s*(?:pages|pp\.?|seiten|pagine|pagina's)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex PagesInContext();

    [GeneratedRegex(@"(?:deliver(?:ed|y)?|required|needed|due|wanted)\s+(?:by|on|before|until|no later than)\s+(?<date>[^\n]{6,30})", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveredBy();

    // "Order no. AR-2026-4265", "Order PO-70188", not "order 1000 cards" nor DexFlow's own order number.
    [GeneratedRegex(@"\border\s*(?:(?:no\.?|number|nr\.?|#)\s*[:#]?|:)\s*(?!20[0-9]{2}-[0-9]{6}\b)(?<ref>[A-Z0-9][A-Z0-9/\-]*[0-9][A-Z0-9/\-]*)|\border\s+(?!20[0-9]{2}-[0-9]{6}\b)(?<ref>[A-Z]+[-/][A-Z0-9/\-]*[0-9][A-Z0-9/\-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex OrderReferences();

    [GeneratedRegex(@"^\s*\d{2}-[A-Z]{3}-\d{4}|\bFROM:|^\s*(?:tele)?fax\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FaxHeader();

    [GeneratedRegex(@"^(?:dear|sehr geehrte|liebe|madame|monsieur|gentile|egregi|geachte|beste|hello|hallo|good morning|to whom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^(?:yours (?:faithfully|sincerely|truly)|(?:kind|best|warm) regards|regards|sincerely|mit freundlichen grüßen|mit freundlichen gruessen|freundliche grüße|cordialement|bien cordialement|distinti saluti|cordiali saluti|met vriendelijke groet(?:en)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"\s+[-–|]\s+\S[^\n]*$")]
    private static partial Regex Department();

    [GeneratedRegex(@"\b(?:manager|director|head|assistant|officer|buyer|purchasing|procurement|secretary|leiter(?:in)?|einkauf|geschäftsführer(?:in)?|responsable|acheteur|direttore|ufficio|inkoper|afdeling)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Position();

    // A logo read as a sign or three, or as a short word in small letters, before the name ("ep Greenleaf").
    [GeneratedRegex(@"^\s*(?:(?:[^\p{L}\d\s]{1,3}|\p{Ll}{1,4})\s+)+(?=\p{Lu})")]
    private static partial Regex LeadingSigns();

    // A letterhead's line that goes on with the document's title: "Greenleaf Organics AG   PURCHASE ORDER".
    [GeneratedRegex(@"(?:^|[\s:|.-]+)(?:PURCHASE ORDER|PRINT ORDER(?: FORM)?|ORDER|BESTELLUNG|COMMANDE|ORDINE|BESTELLING)[\s.:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTitle();

    [GeneratedRegex(@"(?:\s+[^\p{L}\d\s]{1,2})+\s*$")]
    private static partial Regex TrailingSigns();
}
