namespace DexFlow.Api.Parcels;

/// <summary>REST intake (<c>DexFlow:Upload</c>).</summary>
public sealed class ParcelUploadOptions
{
    /// <summary>Largest upload request (all its files together), in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 500L * 1024 * 1024;

    /// <summary>Most files in one upload; the parcels' own limit (<c>DexFlow:Parcels:MaxFiles</c>) unless set here.</summary>
    public int MaxFiles { get; set; } = 50;

    /// <summary>Size of the pieces files are streamed to the silo in.</summary>
    public int PieceBytes { get; set; } = 256 * 1024;
}
