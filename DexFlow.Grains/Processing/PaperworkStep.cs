using DexFlow.Contracts.Documents;
using DexFlow.Grains.Content;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Paperwork;
using DexFlow.Grains.Pricing;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Processing;

/// <summary>
/// Estimates the revision with the price list in force and generates its work sheet and price sheet, each with the
/// order's barcode, stored once in the content store. Document ids name order, type and revision, so a repeated run
/// attaches nothing twice and every earlier revision stays.
/// </summary>
public sealed class PaperworkStep(OrderEstimates estimates, IContentStore content, IOptions<BarcodeConventions> barcodes, TimeProvider time)
    : IOrderProcessingStep
{
    private const long MaxPdfBytes = 20 * 1024 * 1024;

    public async Task<ProcessingOutput> RunAsync(OrderProcessingInput input, ProcessingOutput soFar, CancellationToken cancellationToken)
    {
        var estimate = await estimates.For(input.Draft.Specification, cancellationToken);
        var barcode = barcodes.Value.OrderCode(input.Number);
        var now = time.GetUtcNow();
        var workSheet = await Store(input, DocumentType.WorkSheet, "work-sheet",
            WorkSheetPdf.Render(input.Number, input.Revision, input.Draft, estimate, barcode, now), now, cancellationToken);
        var priceSheet = await Store(input, DocumentType.PriceSheet, "price-sheet",
            PriceSheetPdf.Render(input.Number, input.Revision, input.Draft, estimate, barcode, now), now, cancellationToken);
        return new ProcessingOutput(estimate, soFar.Documents.Add(workSheet).Add(priceSheet));
    }

    private async Task<AttachedDocument> Store(OrderProcessingInput input, DocumentType type, string name, byte[] pdf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await content.Put(pdf, MaxPdfBytes, cancellationToken);
        var id = $"{input.Number}-{name}-r{input.Revision}";
        return new AttachedDocument(id, type, $"{name}-{input.Number}-r{input.Revision}.pdf", "application/pdf", stored, "generated", now, input.Revision);
    }
}
