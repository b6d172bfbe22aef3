using System.Text.Json.Nodes;
using DexFlow.Contracts.Documents;

namespace DexFlow.Indexing.Tests;

/// <summary>
/// Each logical document of a truth file (single documents, the documents of a multi-document scan, those of each
/// e-mail attachment) with its type, its DexFlow order code, its fields, and the text of its content pages as the truth
/// gives it: extraction measured on it is extraction alone, apart from what OCR gets wrong.
/// </summary>
public sealed record TruthDocument(string Name, DocumentType? Type, string? BarcodeOrder, JsonObject Fields, string Text)
{
    public static IEnumerable<TruthDocument> Of(Samples.Sample sample)
    {
        var containers = sample.Truth["attachments"]?.AsArray().Select(node => node!) ?? [sample.Truth];
        foreach (var container in containers)
        {
            var pages = container["pages"]?.AsArray() ?? [];
            foreach (var document in container["documents"]?.AsArray() ?? [])
            {
                if (document!["fields"] is not JsonObject fields)
                {
                    continue;
                }

                // An e-mail's body is a document without pages: its text is the body's.
                var numbers = document["pages"]?.AsArray().Select(page => page!.GetValue<int>()).ToHashSet();
                var text = numbers is null
                    ? container["email"]?["body_text"]?.GetValue<string>() ?? ""
                    : string.Join("\n", pages
                        .Where(page => numbers.Contains(page!["page"]!.GetValue<int>()) && page["role"]!.GetValue<string>() == "content")
                        .Select(page => page!["text"]!.GetValue<string>()));
                var codes = (document["barcodes"]?.AsArray() ?? []).Concat(document["cover_sheet_barcodes"]?.AsArray() ?? []);
                var order = codes.Select(code => code?["order_number"]?.GetValue<string>()).FirstOrDefault(number => number is not null);
                yield return new TruthDocument($"{sample.File}#{document["index"]}", TypeOf(document["document_type"]?.GetValue<string>()), order, fields, text);
            }
        }
    }

    private static DocumentType? TypeOf(string? truth) =>
        Enum.GetValues<DocumentType>().Cast<DocumentType?>().FirstOrDefault(type => string.Equals($"{type}", truth, StringComparison.OrdinalIgnoreCase));
}
