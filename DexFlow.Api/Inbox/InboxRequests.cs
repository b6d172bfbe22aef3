namespace DexFlow.Api.Inbox;

/// <summary>What was done with a routed document, for the record.</summary>
public sealed record MarkDoneRequest(string? Note);
