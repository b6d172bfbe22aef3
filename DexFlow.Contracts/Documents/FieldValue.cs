namespace DexFlow.Contracts.Documents;

/// <summary>An extracted (or corrected) field: its value normalised, how sure DexFlow is (0–1), and where it came from.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.field-value")]
public sealed record FieldValue(
    [property: Id(0)] string Name,
    [property: Id(1)] string Value,
    [property: Id(2)] double Confidence,
    [property: Id(3)] string Source);
