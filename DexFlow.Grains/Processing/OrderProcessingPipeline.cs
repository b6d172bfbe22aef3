namespace DexFlow.Grains.Processing;

/// <summary>
/// The seam where processing work plugs in: runs every registered <see cref="IOrderProcessingStep"/> in order. With
/// no steps registered an order moves straight on to review.
/// </summary>
public sealed class OrderProcessingPipeline(IEnumerable<IOrderProcessingStep> steps)
{
    private readonly IOrderProcessingStep[] _steps = steps.ToArray();

    public async Task RunAsync(OrderProcessingInput input, CancellationToken cancellationToken)
    {
        foreach (var step in _steps)
        {
            await step.RunAsync(input, cancellationToken);
        }
    }
}
