namespace DexFlow.Grains.Content;

/// <summary>The content store (<c>DexFlow:Content</c>).</summary>
public sealed class ContentOptions
{
    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 200L * 1024 * 1024;
}
