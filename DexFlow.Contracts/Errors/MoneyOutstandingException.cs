using System.Collections.Immutable;

namespace DexFlow.Contracts.Errors;

/// <summary>
/// An order cannot be archived while money is owed on it: each entry names an invoice and what is still owed.
/// Record the payments, or write the rest off with a credit note, then archive.
/// </summary>
[GenerateSerializer, Alias("dexflow.error.money-outstanding")]
public sealed class MoneyOutstandingException(ImmutableArray<string> outstanding)
    : DomainException("Money is outstanding: " + string.Join("; ", outstanding) + ". Record the payment or write it off with a credit note first.")
{
    [Id(0)] public ImmutableArray<string> Outstanding { get; private set; } = outstanding;

    public override string Code => "money-outstanding";
}
