namespace DexFlow.Contracts.Parcels;

/// <summary>How a parcel arrived.</summary>
[GenerateSerializer]
public enum CaptureChannel
{
    Upload,
    Folder,
    Email,
    Fax,
    Scanner,
    Office,
}
