using DexFlow.Contracts.Orders;

namespace DexFlow.Grains.Processing;

/// <summary>What a processing step gets: the revision being processed and its order form.</summary>
public sealed record OrderProcessingInput(string Number, int Revision, OrderDraft Draft);
