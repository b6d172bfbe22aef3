namespace DexFlow.Contracts.Parcels;

/// <summary>What a page is to splitting: content of a document, a separator sheet, a cover sheet, or a blank back side.</summary>
[GenerateSerializer]
public enum PageRole
{
    Content,
    Separator,
    Cover,
    Blank,
}
