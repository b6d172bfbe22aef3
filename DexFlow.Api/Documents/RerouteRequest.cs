namespace DexFlow.Api.Documents;

/// <summary>Where a clerk places a routed document: exactly one of an order number, a role's inbox, or a new draft order; a note for the record.</summary>
public sealed record RerouteRequest(string? OrderNumber, string? Role, bool? NewDraft, string? Note);
