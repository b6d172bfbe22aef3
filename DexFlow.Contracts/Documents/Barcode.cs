namespace DexFlow.Contracts.Documents;

/// <summary>A symbol read on a page: its ZXing format name (CODE_128, QR_CODE, DATA_MATRIX, EAN_13, …) and its text.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.barcode")]
public sealed record Barcode([property: Id(0)] string Format, [property: Id(1)] string Text);
