using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Pricing;

namespace DexFlow.Grains.Processing;

/// <summary>What processing made of a revision: its estimate and the documents generated for it.</summary>
public sealed record ProcessingOutput(Estimate? Estimate, ImmutableArray<AttachedDocument> Documents)
{
    public static ProcessingOutput None { get; } = new(null, []);
}
