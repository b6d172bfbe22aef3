namespace DexFlow.Grains.Processing;

/// <summary>
/// The seam where processing work plugs in: runs every registered <see cref="IOrderProcessingStep"/> in order. With
/// no steps registered an order moves straight on to review.
/// </summary>
public sealed class OrderProcessingPipeline(IEnumerable<IOrderProcessingStep> steps)
{
    private readonly IOrderProcessingStep[] _steps = steps.ToArray();

    public async Task<ProcessingOutput> RunAsync(OrderProcessingInput input, CancellationToken cancellationToken)
    {
        var output = ProcessingOutput.None;
        foreach (var step in _steps)
        {
            output = await step.RunAsync(input, output, cancellationToken);
        }

        return output;
    }
}
