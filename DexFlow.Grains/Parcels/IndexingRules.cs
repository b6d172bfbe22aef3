using DexFlow.Grains.Indexing;

namespace DexFlow.Grains.Parcels;

/// <summary>The configured rules a parcel is split, classified, extracted and reviewed by.</summary>
public sealed record IndexingRules(
    BarcodeConventions Barcodes,
    ClassificationOptions Classification,
    ExtractionOptions Extraction,
    ReviewOptions Review);
