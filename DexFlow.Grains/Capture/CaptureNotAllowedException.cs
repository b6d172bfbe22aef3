namespace DexFlow.Grains.Capture;

/// <summary>A poll found its folder or mail server outside what <see cref="CaptureAllowList"/> allows (any more), and did nothing.</summary>
public sealed class CaptureNotAllowedException(string message) : Exception(message);
