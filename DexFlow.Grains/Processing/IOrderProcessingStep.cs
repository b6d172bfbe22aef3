namespace DexFlow.Grains.Processing;

/// <summary>
/// One piece of the automatic Processing stage (estimating, generating the work sheet and price sheet, ...). Steps run
/// in registration order inside the order grain, once per revision, and again after a crash, so they must be
/// idempotent for the same order and revision.
/// </summary>
public interface IOrderProcessingStep
{
    Task RunAsync(OrderProcessingInput input, CancellationToken cancellationToken);
}
