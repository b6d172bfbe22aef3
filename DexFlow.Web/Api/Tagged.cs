namespace DexFlow.Web.Api;

/// <summary>An answer with its ETag, to ask next time whether it has changed.</summary>
public sealed record Tagged<T>(T Value, string? ETag);
