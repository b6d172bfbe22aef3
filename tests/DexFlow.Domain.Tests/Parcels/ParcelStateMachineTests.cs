using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Parcels;
using static DexFlow.Contracts.Parcels.ParcelStage;
using static DexFlow.Grains.Parcels.ParcelAction;

namespace DexFlow.Domain.Tests.Parcels;

/// <summary>
/// Every stage × every action, for a caller who may take the action: the expected outcome is written out here from
/// domain.md §3, independently of the state machine's own table.
/// </summary>
public sealed class ParcelStateMachineTests
{
    private static readonly ParcelStage[] Working = [Received, Splitting, ParcelStage.Indexing, ParcelStage.Routing];

    // Where each action leads from each stage; a stage missing from an action's row means the action is illegal there.
    private static readonly Dictionary<ParcelAction, Dictionary<ParcelStage, ParcelStage>> Expected = new()
    {
        [Receive] = [], // a delivery makes a parcel; it is never taken by one that exists
        [Start] = new() { [Received] = Splitting },
        [Split] = new() { [Splitting] = ParcelStage.Indexing },
        [ParcelAction.Index] = new() { [ParcelStage.Indexing] = ParcelStage.Routing },
        [Route] = new() { [ParcelStage.Routing] = Routed },
        [RouteToClerk] = new() { [ParcelStage.Routing] = ManualIndexing },
        [Correct] = new() { [ManualIndexing] = ParcelStage.Routing },
        [Reroute] = new() { [Routed] = Routed },

        // A step can fail in every stage the parcel works through on its own: retried in place, or failed for good.
        [FailAttempt] = Working.ToDictionary(stage => stage, stage => stage),
        [Fail] = Working.ToDictionary(stage => stage, _ => Failed),

        // Back to the step that failed (here: routing).
        [Retry] = new() { [Failed] = ParcelStage.Routing },
    };

    // A caller who may take each action.
    private static readonly Dictionary<ParcelAction, Caller> Entitled = new()
    {
        [Receive] = ParcelTestData.Manager,
        [Start] = Caller.System,
        [Split] = Caller.System,
        [ParcelAction.Index] = Caller.System,
        [Route] = Caller.System,
        [RouteToClerk] = Caller.System,
        [Correct] = ParcelTestData.Clerk,
        [Reroute] = ParcelTestData.Clerk,
        [FailAttempt] = Caller.System,
        [Fail] = Caller.System,
        [Retry] = ParcelTestData.Clerk,
    };

    public static TheoryData<ParcelStage, ParcelAction> EveryStageAndAction()
    {
        var data = new TheoryData<ParcelStage, ParcelAction>();
        foreach (var stage in Enum.GetValues<ParcelStage>())
        {
            foreach (var action in Enum.GetValues<ParcelAction>())
            {
                data.Add(stage, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStageAndAction))]
    public void An_entitled_caller_moves_the_parcel_exactly_as_the_lifecycle_says(ParcelStage stage, ParcelAction action)
    {
        var decision = ParcelStateMachine.Decide(new ParcelFacts(stage, FailedStep: ParcelStage.Routing), action, Entitled[action]);

        if (Expected[action].TryGetValue(stage, out var next))
        {
            Assert.Equal((Verdict.Allowed, next), (decision.Verdict, decision.Next));
        }
        else
        {
            Assert.Equal(Verdict.Illegal, decision.Verdict);
        }
    }

    [Theory]
    [InlineData(Received)]
    [InlineData(Splitting)]
    [InlineData(ParcelStage.Indexing)]
    [InlineData(ParcelStage.Routing)]
    public void A_retry_starts_the_parcel_again_at_the_step_that_failed(ParcelStage failedStep)
    {
        var decision = ParcelStateMachine.Decide(new ParcelFacts(Failed, failedStep), Retry, ParcelTestData.Clerk);

        Assert.Equal((Verdict.Allowed, failedStep), (decision.Verdict, decision.Next));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Failed)]
    [InlineData(ManualIndexing)]
    [InlineData(Routed)]
    public void A_failed_parcel_without_a_step_to_go_back_to_is_not_retried(ParcelStage? failedStep)
    {
        var decision = ParcelStateMachine.Decide(new ParcelFacts(Failed, failedStep), Retry, ParcelTestData.Clerk);

        Assert.Equal((Verdict.Illegal, "retry", "only failed parcels are retried"), (decision.Verdict, decision.Refused, decision.Reason));
    }

    public static TheoryData<ParcelAction, Roles> EveryActionAndRole()
    {
        var data = new TheoryData<ParcelAction, Roles>();
        foreach (var action in Enum.GetValues<ParcelAction>().Where(action => action != Receive))
        {
            foreach (var role in RoleNames.All)
            {
                data.Add(action, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionAndRole))]
    public void Only_clerks_and_administrators_work_on_parcels_and_nobody_takes_DexFlows_own_steps(ParcelAction action, Roles role)
    {
        var mayTake = action is Correct or Reroute or Retry && role is Roles.Clerk or Roles.Administrator;
        var stage = Expected[action].Keys.First();

        var decision = ParcelStateMachine.Decide(new ParcelFacts(stage, ParcelStage.Routing), action, ParcelTestData.Person(role));

        Assert.Equal(mayTake ? Verdict.Allowed : Verdict.Forbidden, decision.Verdict);
    }

    public static TheoryData<ParcelAction> EveryActionOnAParcel() => [.. Enum.GetValues<ParcelAction>().Where(action => action != Receive)];

    [Theory]
    [MemberData(nameof(EveryActionOnAParcel))]
    public void DexFlow_itself_takes_its_own_steps_and_no_clerks_work(ParcelAction action)
    {
        var stage = Expected[action].Keys.First();

        var decision = ParcelStateMachine.Decide(new ParcelFacts(stage, ParcelStage.Routing), action, Caller.System);

        Assert.Equal(action is Correct or Reroute or Retry ? Verdict.Forbidden : Verdict.Allowed, decision.Verdict);
    }

    [Theory]
    [InlineData(Roles.Manager, true)]
    [InlineData(Roles.Accountant, true)]
    [InlineData(Roles.QA, true)]
    [InlineData(Roles.Planner, true)]
    [InlineData(Roles.Operator, true)]
    [InlineData(Roles.Clerk, true)]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Auditor, false)]
    [InlineData(Roles.None, false)]
    public void Everyone_but_auditors_may_hand_in_paper(Roles role, bool mayDeliver)
    {
        var decision = ParcelStateMachine.DecideReceive(ParcelTestData.Person(role));

        Assert.Equal(mayDeliver ? (Verdict.Allowed, Received) : (Verdict.Forbidden, default), (decision.Verdict, decision.Next));
    }

    [Fact]
    public void Capture_points_deliver_as_DexFlow_itself()
    {
        Assert.True(ParcelStateMachine.DecideReceive(Caller.System).IsAllowed);
    }

    [Fact]
    public void A_caller_who_may_not_act_is_told_so_before_being_told_the_stage_is_wrong()
    {
        var decision = ParcelStateMachine.Decide(new ParcelFacts(Routed), Correct, ParcelTestData.Manager);

        Assert.Equal((Verdict.Forbidden, "index parcels", "only clerks and administrators index parcels"), (decision.Verdict, decision.Refused, decision.Reason));
    }

    [Theory]
    [InlineData(Correct, Routed, "correct", "only parcels waiting for manual indexing are corrected")]
    [InlineData(Reroute, ManualIndexing, "reroute", "only routed documents are placed by hand; a parcel waiting for indexing is corrected instead")]
    [InlineData(Retry, ParcelStage.Routing, "retry", "only failed parcels are retried")]
    public void A_clerk_in_the_wrong_stage_is_told_what_the_action_is_for(ParcelAction action, ParcelStage stage, string refused, string reason)
    {
        var decision = ParcelStateMachine.Decide(new ParcelFacts(stage), action, ParcelTestData.Clerk);

        Assert.Equal((Verdict.Illegal, refused, reason), (decision.Verdict, decision.Refused, decision.Reason));
    }
}
