using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Orders;
using static DexFlow.Contracts.Orders.OrderAction;
using static DexFlow.Contracts.Orders.OrderStage;

namespace DexFlow.Domain.Tests.Orders;

/// <summary>
/// Every stage × every action, for an actor who is allowed to take the action: the expected outcome is written out
/// here from domain.md §2, independently of the state machine's own table.
/// </summary>
public sealed class OrderStateMachineTests
{
    // Where each action leads from each stage; a stage missing from an action's row means the action is illegal there.
    private static readonly Dictionary<OrderAction, Dictionary<OrderStage, OrderStage>> Expected = new()
    {
        [Edit] = new() { [Draft] = Draft, [AdjustmentsRequired] = AdjustmentsRequired },
        [Submit] = new() { [Draft] = Submitted, [AdjustmentsRequired] = Submitted },
        [StartProcessing] = new() { [Submitted] = Processing },
        [FinishProcessing] = new() { [Processing] = InReview },
        [RetryProcessing] = new() { [Processing] = Processing },
        [ApproveAccounting] = new() { [InReview] = InReview },
        [RejectAccounting] = new() { [InReview] = AdjustmentsRequired },
        [ApproveQa] = new() { [InReview] = InReview },
        [RejectQa] = new() { [InReview] = AdjustmentsRequired },
        [Schedule] = new() { [Approved] = Scheduled, [Scheduled] = Scheduled },
        [StartProcess] = new() { [Scheduled] = InProduction, [InProduction] = InProduction },
        [FinishProcess] = new() { [InProduction] = InProduction }, // with processes still ahead; the last one completes the order
        [Archive] = new() { [Completed] = Archived, [Cancelled] = Archived },
        [Cancel] = new()
        {
            [Draft] = Cancelled, [Submitted] = Cancelled, [InReview] = Cancelled,
            [AdjustmentsRequired] = Cancelled, [Approved] = Cancelled,
        },

        // Routed documents join an order in any stage and never move it.
        [AttachDocument] = Enum.GetValues<OrderStage>().ToDictionary(stage => stage, stage => stage),
        [FlagDeadline] = Enum.GetValues<OrderStage>().ToDictionary(stage => stage, stage => stage),

        // People attach files to any open order (not an archived or cancelled one), never moving it.
        [AttachFile] = Enum.GetValues<OrderStage>().Except([Archived, Cancelled]).ToDictionary(stage => stage, stage => stage),

        // Invoices, payments and credit notes from approval on, also on a cancelled order (an issued prepayment invoice is
        // settled or taken back) and an archived one (they are the accountants' record). None of them moves the order.
        [IssueInvoice] = Money(),
        [RecordPayment] = Money(),
        [IssueCreditNote] = Money(),
    };

    private static Dictionary<OrderStage, OrderStage> Money() =>
        new OrderStage[] { Approved, Scheduled, InProduction, Completed, Cancelled, Archived }.ToDictionary(stage => stage, stage => stage);

    // Actions of earlier versions, kept only so that old audit entries read: nobody may take them.
    private static readonly OrderAction[] Retired = [StartProduction, Complete];

    // An actor who may take each action (the order's manager where ownership matters).
    private static readonly Dictionary<OrderAction, OrderActor> Entitled = new()
    {
        [Edit] = Manager(owner: true),
        [Submit] = Manager(owner: true),
        [StartProcessing] = OrderActor.System,
        [FinishProcessing] = OrderActor.System,
        [RetryProcessing] = Person(Roles.Administrator),
        [ApproveAccounting] = Person(Roles.Accountant),
        [RejectAccounting] = Person(Roles.Accountant),
        [ApproveQa] = Person(Roles.QA),
        [RejectQa] = Person(Roles.QA),
        [Schedule] = Person(Roles.Planner),
        [StartProcess] = Person(Roles.Operator),
        [FinishProcess] = Person(Roles.Operator),
        [IssueInvoice] = OrderActor.System,
        [RecordPayment] = Person(Roles.Accountant),
        [IssueCreditNote] = Person(Roles.Accountant),
        [FlagDeadline] = OrderActor.System,
        [Archive] = Person(Roles.Administrator),
        [Cancel] = Manager(owner: true),
        [AttachDocument] = OrderActor.System,
        [AttachFile] = Manager(owner: true),
    };

    public static TheoryData<OrderStage, OrderAction> EveryStageAndAction()
    {
        var data = new TheoryData<OrderStage, OrderAction>();
        foreach (var stage in Enum.GetValues<OrderStage>())
        {
            foreach (var action in Enum.GetValues<OrderAction>().Where(action => action != Create && !Retired.Contains(action)))
            {
                data.Add(stage, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStageAndAction))]
    public void An_entitled_actor_moves_the_order_exactly_as_the_lifecycle_says(OrderStage stage, OrderAction action)
    {
        // Reviews pending, processing still retrying, processes ahead: the ordinary facts of an order in that stage.
        var facts = new OrderFacts(stage, ReviewOutcome.Pending, ReviewOutcome.Pending, ProcessingGaveUp: action == RetryProcessing, ProcessesLeft: 2);

        var decision = OrderStateMachine.Decide(facts, action, Entitled[action]);

        if (Expected[action].TryGetValue(stage, out var next))
        {
            Assert.Equal(Verdict.Allowed, decision.Verdict);
            Assert.Equal(next, decision.Next);
        }
        else
        {
            Assert.Equal(Verdict.Illegal, decision.Verdict);
        }
    }

    [Fact]
    public void Finishing_the_last_unfinished_process_completes_the_order()
    {
        var lastProcess = new OrderFacts(InProduction, ReviewOutcome.Approved, ReviewOutcome.Approved, false, ProcessesLeft: 1);

        Assert.Equal(Completed, OrderStateMachine.Decide(lastProcess, FinishProcess, Entitled[FinishProcess]).Next);
        Assert.Equal(InProduction, OrderStateMachine.Decide(lastProcess with { ProcessesLeft = 3 }, FinishProcess, Entitled[FinishProcess]).Next);
    }

    public static TheoryData<OrderAction, Roles> EveryActionAndRole()
    {
        var data = new TheoryData<OrderAction, Roles>();
        foreach (var action in Enum.GetValues<OrderAction>().Where(action => action != Create && !Retired.Contains(action)))
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
    public void Only_the_roles_named_for_an_action_may_take_it(OrderAction action, Roles role)
    {
        var mayTake = action switch
        {
            Edit or Submit => role == Roles.Manager,
            Cancel => role is Roles.Manager or Roles.Administrator,
            RetryProcessing => role == Roles.Administrator,
            ApproveAccounting or RejectAccounting => role == Roles.Accountant,
            ApproveQa or RejectQa => role == Roles.QA,
            Schedule => role == Roles.Planner,
            StartProcess or FinishProcess => role == Roles.Operator,
            RecordPayment or IssueCreditNote => role == Roles.Accountant,
            Archive => role is Roles.Administrator or Roles.Accountant,
            AttachFile => role is Roles.Manager or Roles.Administrator,
            _ => false, // DexFlow's own steps
        };
        var stage = Expected[action].Keys.First();
        var facts = new OrderFacts(stage, ReviewOutcome.Pending, ReviewOutcome.Pending, ProcessingGaveUp: true);

        var decision = OrderStateMachine.Decide(facts, action, new OrderActor(role, IsOwner: true, IsSystem: false));

        Assert.Equal(mayTake ? Verdict.Allowed : Verdict.Forbidden, decision.Verdict);
    }

    [Theory]
    [MemberData(nameof(RetiredActions))]
    public void A_retired_action_is_refused_to_everyone(OrderAction action)
    {
        foreach (var stage in Enum.GetValues<OrderStage>())
        {
            var facts = new OrderFacts(stage, ReviewOutcome.Pending, ReviewOutcome.Pending, false);
            Assert.Equal(Verdict.Illegal, OrderStateMachine.Decide(facts, action, Person(Roles.Operator | Roles.Administrator)).Verdict);
        }
    }

    public static TheoryData<OrderAction> RetiredActions() => [.. Retired];

    [Theory]
    [InlineData(Edit)]
    [InlineData(Submit)]
    [InlineData(Cancel)]
    public void A_manager_may_not_act_on_another_managers_order(OrderAction action)
    {
        var facts = new OrderFacts(Draft, ReviewOutcome.Pending, ReviewOutcome.Pending, false);

        var decision = OrderStateMachine.Decide(facts, action, Manager(owner: false));

        Assert.Equal(Verdict.Forbidden, decision.Verdict);
    }

    [Fact]
    public void An_administrator_cancels_any_order()
    {
        var facts = new OrderFacts(Approved, ReviewOutcome.Approved, ReviewOutcome.Approved, false);

        var decision = OrderStateMachine.Decide(facts, Cancel, new OrderActor(Roles.Administrator, IsOwner: false, IsSystem: false));

        Assert.Equal(Cancelled, decision.Next);
    }

    [Fact]
    public void People_cannot_take_the_automatic_steps_and_DexFlow_cannot_take_theirs()
    {
        var submitted = new OrderFacts(Submitted, ReviewOutcome.Pending, ReviewOutcome.Pending, false);
        var administrator = new OrderActor(Roles.Administrator, IsOwner: true, IsSystem: false);

        Assert.Equal(Verdict.Forbidden, OrderStateMachine.Decide(submitted, StartProcessing, administrator).Verdict);
        Assert.Equal(Verdict.Forbidden, OrderStateMachine.Decide(submitted, Cancel, OrderActor.System).Verdict);
    }

    [Theory]
    [InlineData(ApproveAccounting, ReviewOutcome.Pending, InReview)]
    [InlineData(ApproveAccounting, ReviewOutcome.Approved, Approved)]
    [InlineData(ApproveQa, ReviewOutcome.Approved, Approved)]
    public void The_order_is_approved_when_the_second_side_approves(OrderAction approval, ReviewOutcome otherSide, OrderStage expected)
    {
        var facts = approval == ApproveAccounting
            ? new OrderFacts(InReview, ReviewOutcome.Pending, otherSide, false)
            : new OrderFacts(InReview, otherSide, ReviewOutcome.Pending, false);

        var decision = OrderStateMachine.Decide(facts, approval, Entitled[approval]);

        Assert.Equal(expected, decision.Next);
    }

    [Theory]
    [InlineData(ApproveAccounting)]
    [InlineData(RejectAccounting)]
    public void A_side_decides_once_per_revision(OrderAction action)
    {
        var facts = new OrderFacts(InReview, ReviewOutcome.Approved, ReviewOutcome.Pending, false);

        var decision = OrderStateMachine.Decide(facts, action, Person(Roles.Accountant));

        Assert.Equal(Verdict.Illegal, decision.Verdict);
    }

    [Fact]
    public void Processing_can_be_retried_only_after_it_gave_up()
    {
        var retrying = new OrderFacts(Processing, ReviewOutcome.Pending, ReviewOutcome.Pending, ProcessingGaveUp: false);

        var decision = OrderStateMachine.Decide(retrying, RetryProcessing, Person(Roles.Administrator));

        Assert.Equal(Verdict.Illegal, decision.Verdict);
    }

    [Fact]
    public void Available_actions_are_what_the_caller_could_do_now()
    {
        var inReview = new OrderFacts(InReview, ReviewOutcome.Pending, ReviewOutcome.Approved, false);

        Assert.Equal([ApproveAccounting, RejectAccounting], OrderStateMachine.AvailableActions(inReview, Person(Roles.Accountant)));
        Assert.Empty(OrderStateMachine.AvailableActions(inReview, Person(Roles.QA)));
        Assert.Equal([Cancel, AttachFile], OrderStateMachine.AvailableActions(inReview, Manager(owner: true)));
    }

    private static OrderActor Person(Roles role) => new(role, IsOwner: false, IsSystem: false);

    private static OrderActor Manager(bool owner) => new(Roles.Manager, owner, IsSystem: false);
}
