using DexFlow.Contracts.Errors;

namespace DexFlow.Grains.Storage;

/// <summary>
/// Turns store outages met inside any grain call into <see cref="StoreUnavailableException"/>, the one error callers
/// can rely on to mean "nothing happened, try again", instead of a provider's exception they cannot interpret; an
/// outage during a state write that may have landed becomes <see cref="OutcomeUnknownException"/> instead.
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
            throw exception is UnconfirmedWriteException
                ? new OutcomeUnknownException("The store failed while the change was being saved.")
                : new StoreUnavailableException("The store could not be reached; nothing was changed.");
        }
    }
}
