namespace DexFlow.Web.Api;

/// <summary>The document types a person may give attached files (DexFlow.Api's OrderFileEndpoints).</summary>
public enum AttachedFileType
{
    Artwork,
    PaperDescription,
    Correspondence,
    Other,
}
