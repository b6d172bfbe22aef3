using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Capture;

/// <summary>
/// Hands a delivery to its parcel and reports whether it was taken: true once the parcel is durable (also when it
/// already existed), false when it was refused for good (the caller then sets the item aside). Outages throw, so the
/// item stays where it is for the next poll.
/// </summary>
public sealed class CaptureDelivery(IGrainFactory grains)
{
    public async Task<(bool Taken, string? Refusal)> Deliver(Delivery delivery)
    {
        try
        {
            await grains.GetGrain<IParcelGrain>(delivery.ParcelId).Receive(Caller.System, delivery);
            return (true, null);
        }
        catch (DomainException refusal) when (refusal is not StoreUnavailableException)
        {
            return (false, refusal.Message);
        }
    }
}
