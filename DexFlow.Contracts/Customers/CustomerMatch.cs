namespace DexFlow.Contracts.Customers;

/// <summary>
/// The customer a document most likely comes from, how sure the match is (0–1) and why (which of the sender's address,
/// its domain and the name on the document matched).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.customer-match")]
public sealed record CustomerMatch(
    [property: Id(0)] CustomerView Customer,
    [property: Id(1)] double Confidence,
    [property: Id(2)] string Reason);
