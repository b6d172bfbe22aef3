using DexFlow.Contracts.Errors;

namespace DexFlow.Grains.Storage;

/// <summary>
/// Turns store outages met inside any grain call into <see cref="StoreUnavailableException"/>, the one error callers
/// can rely on to mean "nothing happened, try again", instead of a provider's exception they cannot interpret.
/// </summary>
public sealed class StoreFailureFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (exception is not DomainException && StoreFailures.IsStoreFailure(exception))
        {
            throw new StoreUnavailableException(exception.GetBaseException().Message);
        }
    }
}
