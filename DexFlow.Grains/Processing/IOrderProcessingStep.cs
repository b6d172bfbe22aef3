namespace DexFlow.Grains.Processing;

/// <summary>
/// One piece of the automatic Processing stage (estimating, generating the work sheet and price sheet, ...). Steps run
/// in registration order inside the order grain, once per revision, and again after a crash, so they must be
/// idempotent for the same order and revision. Each gets what the steps before it made and returns it with its own.
/// </summary>
public interface IOrderProcessingStep
{
    Task<ProcessingOutput> RunAsync(OrderProcessingInput input, ProcessingOutput soFar, CancellationToken cancellationToken);
}
