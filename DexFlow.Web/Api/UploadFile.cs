namespace DexFlow.Web.Api;

/// <summary>A file to upload (a parcel's, or one attached to an order): its name, declared media type, and its bytes, read once while sending.</summary>
public sealed record UploadFile(string FileName, string MediaType, Stream Content);
