namespace DexFlow.Grains.Imaging;

/// <summary>A file cannot be read as the page image it claims to be; the message says why, for the clerk.</summary>
[GenerateSerializer, Alias("dexflow.invalid-image")]
public sealed class InvalidImageException(string message) : Exception(message);
