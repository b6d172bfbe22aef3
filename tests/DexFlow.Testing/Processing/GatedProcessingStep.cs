using DexFlow.Grains.Processing;
using Orleans.Runtime;

namespace DexFlow.Testing.Processing;

/// <summary>A processing step for tests: does what its cluster's <see cref="ProcessingProbe"/> says, and reports each attempt to it.</summary>
public sealed class GatedProcessingStep(ProcessingProbe probe, ILocalSiloDetails silo) : IOrderProcessingStep
{
    public async Task<ProcessingOutput> RunAsync(OrderProcessingInput input, ProcessingOutput soFar, CancellationToken cancellationToken)
    {
        await probe.Run(input.Number, input.Revision, silo.SiloAddress, cancellationToken);
        return soFar;
    }
}
