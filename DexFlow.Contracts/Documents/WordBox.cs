namespace DexFlow.Contracts.Documents;

/// <summary>
/// A word reading found and where it stands: its box as fractions (0–1) of the page's width and height from the top
/// left corner, so that a viewer scales it to any picture size, and how sure the reading is (0–100; 100 for a PDF's
/// own text).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.word-box")]
public sealed record WordBox(
    [property: Id(0)] string Text,
    [property: Id(1)] double Left,
    [property: Id(2)] double Top,
    [property: Id(3)] double Width,
    [property: Id(4)] double Height,
    [property: Id(5)] int Confidence);
