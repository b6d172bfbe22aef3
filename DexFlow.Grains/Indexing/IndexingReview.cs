using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Grains.Indexing.Orders;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Decides whether automation may be confident about a document, and if not, tells the clerk why: nothing readable,
/// text read too poorly to trust (unless a DexFlow barcode already says where it belongs), a required field
/// missing or uncertain, or a customer's order whose print job could not be read.
/// </summary>
public static class IndexingReview
{
    public sealed record TextQuality(int Characters, int Confidence, int Words, int UncertainWords, bool HasOwnBarcode, bool Ocr);

    public static ImmutableArray<string> Reasons(DocumentType? type, IReadOnlyList<FieldValue> fields, TextQuality text, ReviewOptions options)
    {
        var reasons = ImmutableArray.CreateBuilder<string>();
        if (text.Characters < 20 && !text.HasOwnBarcode)
        {
            reasons.Add("no readable text or barcode");
            return reasons.ToImmutable();
        }

        var uncertainShare = text.Words == 0 ? 0 : (double)text.UncertainWords / text.Words;
        if (text.Ocr && !text.HasOwnBarcode && (text.Confidence < options.MinTextConfidence || uncertainShare > options.MaxUncertainShare))
        {
            reasons.Add($"text is hard to read (OCR confidence {text.Confidence} %, {uncertainShare:P0} of words uncertain)");
        }

        if (type is { } known && options.RequiredFields.TryGetValue(known, out var required))
        {
            foreach (var name in required)
            {
                var field = fields.FirstOrDefault(candidate => candidate.Name == name);
                if (field is null)
                {
                    reasons.Add($"{name} not found");
                }
                else if (field.Confidence < options.MinFieldConfidence)
                {
                    reasons.Add($"{name} uncertain ({field.Confidence:P0})");
                }
            }
        }

        var specification = PrintOrderReader.SpecificationFields.Count(name => fields.Any(field => field.Name == name));
        if (type is DocumentType.OrderForm && !text.HasOwnBarcode && specification < options.MinSpecificationFields)
        {
            reasons.Add($"the print specification could not be read ({specification} of {PrintOrderReader.SpecificationFields.Length} fields): filled in by hand?");
        }

        return reasons.ToImmutable();
    }
}
