using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Parcels;
using static DexFlow.Domain.Tests.Parcels.ParcelTestData;

namespace DexFlow.Domain.Tests.Parcels;

/// <summary>The parcel's steps as its history and its clerks see them: failures with their step, retries, corrections, deliveries.</summary>
public sealed class ParcelWorkflowTests
{
    [Fact]
    public void A_failing_step_is_tried_again_in_place_and_after_the_last_attempt_the_parcel_fails_at_that_step()
    {
        var indexing = At(ParcelStage.Indexing);

        var first = ParcelWorkflow.Fail(indexing, "reading the pages took too long", maxAttempts: 2, Now);
        var second = ParcelWorkflow.Fail(first, "reading the pages took too long", maxAttempts: 2, Now);

        Assert.Equal((ParcelStage.Indexing, indexing.Version + 1, indexing.Audit.Length), (first.Stage, first.Version, first.Audit.Length));
        Assert.Equal(new ParcelFailure(ParcelStage.Indexing, "reading the pages took too long", 1, Now, Permanent: false), first.Failure);
        Assert.Equal(ParcelStage.Failed, second.Stage);
        Assert.Equal(new ParcelFailure(ParcelStage.Indexing, "reading the pages took too long", 2, Now, Permanent: false), second.Failure);
        Assert.Equal(("Fail", ParcelStage.Indexing, ParcelStage.Failed), (second.Audit[^1].Action, second.Audit[^1].From, second.Audit[^1].To));
    }

    [Theory]
    [InlineData(ParcelStage.Received)]
    [InlineData(ParcelStage.Splitting)]
    [InlineData(ParcelStage.Indexing)]
    [InlineData(ParcelStage.Routing)]
    public void A_clerks_retry_starts_the_parcel_again_at_the_step_it_failed_at(ParcelStage step)
    {
        var failed = ParcelWorkflow.FailForGood(At(step), "the delivery has 900 pages", Now);

        var retried = ParcelWorkflow.Retry(failed, Clerk, Now);

        Assert.Equal((step, 0), (retried.Stage, retried.Attempts));
        Assert.Equal(("Retry", "clerk", $"from {step}; last error: the delivery has 900 pages"),
            (retried.Audit[^1].Action, retried.Audit[^1].ActorId, retried.Audit[^1].Details));
    }

    [Fact]
    public void The_failed_step_shows_as_the_stage_name_it_always_was()
    {
        var failed = At(ParcelStage.Failed);

        var view = ParcelViews.For(failed);

        Assert.Equal(new ParcelFailureView("Routing", "the store refused it", 1, Now, Permanent: true), view.Failure);
    }

    [Fact]
    public void Routing_that_sends_a_document_to_a_clerk_makes_the_parcel_wait_and_the_history_still_says_route()
    {
        var waiting = At(ParcelStage.ManualIndexing);

        Assert.Equal(ParcelStage.ManualIndexing, waiting.Stage);
        Assert.Equal(("Route", ParcelStage.Routing, ParcelStage.ManualIndexing), (waiting.Audit[^1].Action, waiting.Audit[^1].From, waiting.Audit[^1].To));
        Assert.Equal<string>(["routed to ManualIndexing"], waiting.Documents[0].ReviewReasons);
    }

    [Fact]
    public void A_clerks_correction_sends_a_waiting_parcel_on_to_routing()
    {
        var corrected = ParcelWorkflow.Correct(At(ParcelStage.ManualIndexing), Clerk, [], Now);

        Assert.Equal((ParcelStage.Routing, "Correct", "confirmed as indexed"), (corrected.Stage, corrected.Audit[^1].Action, corrected.Audit[^1].Details));
    }

    [Fact]
    public void Only_document_services_correct_and_only_a_waiting_parcel()
    {
        var byManager = Assert.Throws<ForbiddenException>(() => ParcelWorkflow.Correct(At(ParcelStage.ManualIndexing), Manager, [], Now));
        var routed = Assert.Throws<IllegalTransitionException>(() => ParcelWorkflow.Correct(At(ParcelStage.Routed), Clerk, [], Now));

        Assert.Equal("You may not index parcels: only clerks and administrators index parcels", byManager.Message);
        Assert.Equal("Cannot correct while Routed: only parcels waiting for manual indexing are corrected", routed.Message);
    }

    [Fact]
    public void A_parcel_that_has_not_failed_is_not_retried()
    {
        var refused = Assert.Throws<IllegalTransitionException>(() => ParcelWorkflow.Retry(At(ParcelStage.Routing), Clerk, Now));

        Assert.Equal("Cannot retry while Routing: only failed parcels are retried", refused.Message);
    }

    [Fact]
    public void The_same_delivery_again_returns_the_parcel_it_made_and_another_under_its_key_is_refused()
    {
        var stored = ParcelWorkflow.Receive(null, "scanner-1/key-1", Delivery("a", "b"), Caller.System, 50, Now);

        Assert.Same(stored, ParcelWorkflow.Receive(stored, "scanner-1/key-1", Delivery("a", "b"), Caller.System, 50, Now));
        Assert.Throws<IdempotencyKeyReusedException>(() => ParcelWorkflow.Receive(stored, "scanner-1/key-1", Delivery("c"), Caller.System, 50, Now));
    }

    [Fact]
    public void Auditors_hand_in_nothing()
    {
        var refused = Assert.Throws<ForbiddenException>(() => ParcelWorkflow.Receive(null, "scanner-1/key-1", Delivery("a"), Person(Roles.Auditor), 50, Now));

        Assert.Equal("You may not deliver documents: your roles do not include document intake", refused.Message);
    }

    [Fact]
    public void A_delivery_is_received_with_its_files_and_the_layout_this_version_writes()
    {
        var received = ParcelWorkflow.Receive(null, "scanner-1/key-1", Delivery("a", "b"), Manager, 50, Now);

        Assert.Equal((ParcelStage.Received, 1L, ParcelState.CurrentSchema, 2, "manager"),
            (received.Stage, received.Version, received.Schema, received.Files.Length, received.SubmittedBy));
        Assert.Equal(("Receive", "2 file(s) via Scanner at scanner-1"), (received.Audit[0].Action, received.Audit[0].Details));
    }

    [Fact]
    public void An_uploaded_e_mail_is_from_its_sender_not_from_whoever_uploaded_it()
    {
        var uploaded = Received((FileInspection?)null) with { Details = DeliveryDetails.None with { Sender = "Cleo Clerk", Note = "from the shared mailbox" } };
        var email = new DeliveryDetails("Anna Kunde <anna@kunde.example>", "Order 4711", "<m1@kunde.example>", null, Now, "Please print 5,000 flyers.", null);

        var inspected = ParcelWorkflow.Inspected(uploaded, new Dictionary<int, FileInspection>
        {
            [0] = new(ImageSniffer.Email, 0, null, null, email, []),
        });

        Assert.Equal(("Anna Kunde <anna@kunde.example>", "Order 4711", "from the shared mailbox"),
            (inspected.Details.Sender, inspected.Details.Subject, inspected.Details.Note));
    }
}
