namespace DexFlow.Web.Api;

/// <summary>A file to attach: its name, declared media type, and its bytes as a stream read while uploading.</summary>
public sealed record UploadFile(string FileName, string MediaType, Stream Content);

/// <summary>The document types a person may give attached files (DexFlow.Api's OrderFileEndpoints).</summary>
public enum AttachedFileType
{
    Artwork,
    PaperDescription,
    Correspondence,
    Other,
}
