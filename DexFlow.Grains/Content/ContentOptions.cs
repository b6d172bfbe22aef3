namespace DexFlow.Grains.Content;

/// <summary>The content store (<c>DexFlow:Content</c>).</summary>
public sealed class ContentOptions
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Bytes of small files each silo keeps in memory after storing or reading them (<see cref="RecentContent"/>); 0 keeps none.</summary>
    public long RecentFilesBytes { get; set; } = 64L * 1024 * 1024;
}
