using DexFlow.Contracts.Parcels;
using DexFlow.Grains.Parcels;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace DexFlow.Domain.Tests.Parcels;

/// <summary>
/// Parcels stored before the failed step was typed (their failure held the step's name as text) still load, and go on
/// from the step they stopped at.
/// </summary>
public sealed class StoredParcelTests
{
    // Written by the parcel state of commit 45574c1 with the Orleans serializer, as grain storage writes it: a parcel
    // failed for good at routing (history Received, Splitting, Indexing, Routing, Failed) ...
    private const string FailedAtRouting =
        "IOhAIXNjYW5uZXItMS9sZWdhY3kBGQEdQRNzY2FubmVyLTEBEUENbGVnYWN5IYAA3IpGPnjeCIEAAAAAAAAAAOAhgADcikY+eN4IgQAAAAAAAAAA4MEBIejAAcEBwQHBAcEBwQHBAeAhIAADIehAE2JhdGNoLnBkZkEfYXBwbGljYXRpb24vcGRmIehAgWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWEBkibgwQHg4OAhIODgISDg4AEVIehAD1JvdXRpbmdBOVRoZSBzdG9yZSByZWZ1c2VkIHRoZSByb3V0ZS4BFSGAANyKRj543giBAAAAAAAAAADgAQHgISAACyHoIIAA3IpGPnjeCIEAAAAAAAAAAOBBD2RleGZsb3dBD0RleEZsb3dBD1JlY2VpdmUBAQEBQRMxIGZpbGUocyngIOgggADcikY+eN4IgQAAAAAAAAAA4MFrwW1BC1N0YXJ0AQEBBcEB4CDoIIAA3IpGPnjeCIEAAAAAAAAAAODBa8FtQQtTcGxpdAEFAQlBOTAgcGFnZShzKSBpbnRvIDAgZG9jdW1lbnQocyngIOgggADcikY+eN4IgQAAAAAAAAAA4MFrwW1BC0luZGV4AQkBEUEB4CDoIIAA3IpGPnjeCIEAAAAAAAAAAODBa8FtQQlGYWlsAREBGcFR4ODgwQEBAeA=";

    // ... and one still retrying at indexing after two failed attempts.
    private const string RetryingAtIndexing =
        "IOhAIXNjYW5uZXItMS9sZWdhY3kBCQEVQRNzY2FubmVyLTEBEUENbGVnYWN5IYAA3IpGPnjeCIEAAAAAAAAAAOAhgADcikY+eN4IgQAAAAAAAAAA4MEBIejAAcEBwQHBAcEBwQHBAeAhIAADIehAE2JhdGNoLnBkZkEfYXBwbGljYXRpb24vcGRmIehAgWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWEBkibgwQHg4OAhIODgISDg4AEJIehAEUluZGV4aW5nQT9yZWFkaW5nIHRoZSBwYWdlcyB0b29rIHRvbyBsb25nAQkhgADcikY+eN4IgQAAAAAAAAAA4AEB4CEgAAkh6CCAANyKRj543giBAAAAAAAAAADgQQ9kZXhmbG93QQ9EZXhGbG93QQ9SZWNlaXZlAQEBAUETMSBmaWxlKHMp4CDoIIAA3IpGPnjeCIEAAAAAAAAAAODBa8FtQQtTdGFydAEBAQXBAeAg6CCAANyKRj543giBAAAAAAAAAADgwWvBbUELU3BsaXQBBQEJQTkwIHBhZ2UocykgaW50byAwIGRvY3VtZW50KHMp4CDoIIAA3IpGPnjeCIEAAAAAAAAAAODBa8FtQQtJbmRleAEJARFBAeDg4MEBAQHg";

    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(ParcelState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private static ParcelState Load(string stored) => ParcelWorkflow.Upgraded(Serializer.Deserialize<ParcelState>(Convert.FromBase64String(stored))!);

    [Fact]
    public void A_parcel_that_failed_before_the_step_was_typed_is_retried_at_the_step_it_failed_at()
    {
        var failed = Load(FailedAtRouting);

        var retried = ParcelWorkflow.Retry(failed, ParcelTestData.Clerk, ParcelTestData.Now);

        Assert.Equal(("Routing", "The store refused the route.", 5), (ParcelViews.For(failed).Failure!.Step, failed.Failure!.Reason, failed.Failure.Attempts));
        Assert.Equal((ParcelStage.Routing, ParcelState.CurrentSchema), (retried.Stage, retried.Schema));
    }

    [Fact]
    public void A_parcel_stored_before_its_audit_entries_were_its_history_entries_shows_the_history_it_had()
    {
        var history = ParcelViews.For(Load(FailedAtRouting)).History;

        Assert.Equal(
            [
                ("Receive", ParcelStage.Received, ParcelStage.Received),
                ("Start", ParcelStage.Received, ParcelStage.Splitting),
                ("Split", ParcelStage.Splitting, ParcelStage.Indexing),
                ("Index", ParcelStage.Indexing, ParcelStage.Routing),
                ("Fail", ParcelStage.Routing, ParcelStage.Failed),
            ],
            history.Select(entry => (entry.Action, entry.From, entry.To)));
        Assert.Equal(("dexflow", "DexFlow", "1 file(s)"), (history[0].ActorId, history[0].ActorName, history[0].Details));
    }

    [Fact]
    public void A_parcel_still_retrying_from_before_shows_the_step_it_is_retrying()
    {
        var retrying = Load(RetryingAtIndexing);

        Assert.Equal((ParcelStage.Indexing, ParcelStage.Indexing, 2), (retrying.Stage, retrying.Failure!.Step, retrying.Failure.Attempts));
    }

    [Fact]
    public void A_parcel_stored_now_keeps_its_failed_step_through_storage()
    {
        var failed = ParcelWorkflow.FailForGood(ParcelTestData.At(ParcelStage.Splitting), "The delivery has more than 50 files.", ParcelTestData.Now);

        var loaded = Load(Convert.ToBase64String(Serializer.SerializeToArray(failed)));

        Assert.Equal(failed.Failure, loaded.Failure);
        Assert.Equal(ParcelStage.Splitting, ParcelWorkflow.Retry(loaded, ParcelTestData.Clerk, ParcelTestData.Now).Stage);
    }
}
