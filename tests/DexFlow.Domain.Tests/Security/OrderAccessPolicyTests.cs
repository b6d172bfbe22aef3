using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using static DexFlow.Contracts.Orders.OrderStage;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Security;

public sealed class OrderAccessPolicyTests
{
    // domain.md §1: the stages in which each role (other than managers, who see their own) sees an order.
    private static readonly Dictionary<Roles, OrderStage[]> VisibleStages = new()
    {
        [Roles.Accountant] = [InReview, AdjustmentsRequired, Approved, Scheduled, InProduction, Completed, Archived],
        [Roles.QA] = [InReview, AdjustmentsRequired, Approved, Scheduled, InProduction, Completed, Archived],
        [Roles.Planner] = [Approved, Scheduled, InProduction, Completed],
        [Roles.Operator] = [Scheduled, InProduction],
        [Roles.Clerk] = [],
        [Roles.Administrator] = Enum.GetValues<OrderStage>(),
        [Roles.Auditor] = Enum.GetValues<OrderStage>(),
    };

    public static TheoryData<Roles, OrderStage> EveryRoleAndStage()
    {
        var data = new TheoryData<Roles, OrderStage>();
        foreach (var role in VisibleStages.Keys)
        {
            foreach (var stage in Enum.GetValues<OrderStage>())
            {
                data.Add(role, stage);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndStage))]
    public void Each_role_sees_orders_only_in_its_stages(Roles role, OrderStage stage)
    {
        var caller = new Caller("someone", "Someone", role) { Resources = ["sm-74-4"] };

        var sees = OrderAccessPolicy.CanSee(caller, new OrderAccessFacts(stage, "mia", ReachedReview: false, ["cutter-1", "sm-74-4"]));

        Assert.Equal(VisibleStages[role].Contains(stage), sees);
    }

    [Theory]
    [InlineData(new[] { "sm-74-4" }, true)]
    [InlineData(new[] { "cutter-2", "sm-74-4" }, true)]
    [InlineData(new[] { "cutter-2" }, false)]
    [InlineData(new string[0], false)]
    public void An_operator_sees_only_the_orders_with_processes_on_their_resources(string[] resources, bool sees)
    {
        var oli = new Caller("oli", "Oli", Roles.Operator) { Resources = [.. resources] };
        var booked = new OrderAccessFacts(InProduction, "mia", ReachedReview: true, ["cutter-1", "sm-74-4"]);

        Assert.Equal(sees, OrderAccessPolicy.CanSee(oli, booked));
        Assert.False(OrderAccessPolicy.CanSee(oli, booked with { Resources = [] }));
    }

    [Fact]
    public void A_planner_sees_scheduled_orders_whatever_they_are_booked_on()
    {
        var pat = new Caller("pat", "Pat", Roles.Planner);

        Assert.True(OrderAccessPolicy.CanSee(pat, new OrderAccessFacts(Scheduled, "mia", ReachedReview: true, ["cutter-1"])));
    }

    [Theory]
    [InlineData(Draft)]
    [InlineData(Cancelled)]
    [InlineData(Archived)]
    public void A_manager_sees_their_own_orders_at_every_stage_and_never_another_managers(OrderStage stage)
    {
        var order = new OrderAccessFacts(stage, "mia", ReachedReview: true);

        Assert.True(OrderAccessPolicy.CanSee(Mia, order));
        Assert.False(OrderAccessPolicy.CanSee(Max, order));
    }

    [Fact]
    public void Reviewers_keep_seeing_an_order_cancelled_after_it_reached_review()
    {
        Assert.True(OrderAccessPolicy.CanSee(Alex, new OrderAccessFacts(Cancelled, "mia", ReachedReview: true)));
        Assert.False(OrderAccessPolicy.CanSee(Alex, new OrderAccessFacts(Cancelled, "mia", ReachedReview: false)));
    }

    [Theory]
    [InlineData(Roles.Planner)]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.QA)]
    public void Production_roles_and_QA_never_get_prices_invoices_or_billing(Roles role)
    {
        var groups = OrderAccessPolicy.GroupsFor(new Caller("x", "X", role) { Resources = ["sm-74-4"] }, new OrderAccessFacts(Scheduled, "mia", true, ["sm-74-4"]));

        Assert.NotEmpty(groups);
        Assert.DoesNotContain(OrderFieldGroup.Pricing, groups);
        Assert.DoesNotContain(OrderFieldGroup.Invoicing, groups);
        Assert.DoesNotContain(OrderFieldGroup.CustomerAndBilling, groups);
    }

    [Fact]
    public void Roles_see_the_groups_of_domain_md()
    {
        var order = new OrderAccessFacts(Scheduled, "mia", true);

        Assert.Equal(
            [OrderFieldGroup.Specification, OrderFieldGroup.CustomerAndBilling, OrderFieldGroup.Pricing, OrderFieldGroup.Invoicing, OrderFieldGroup.Review, OrderFieldGroup.Parties],
            OrderAccessPolicy.GroupsFor(Alex, order).Order());
        Assert.Equal([OrderFieldGroup.Specification, OrderFieldGroup.Review, OrderFieldGroup.Qa], OrderAccessPolicy.GroupsFor(Quinn, order).Order());
        Assert.Equal([OrderFieldGroup.Specification, OrderFieldGroup.Schedule], OrderAccessPolicy.GroupsFor(Pat, order).Order());
        Assert.Equal(Enum.GetValues<OrderFieldGroup>(), OrderAccessPolicy.GroupsFor(Aud, order).Order());
        Assert.Equal(Enum.GetValues<OrderFieldGroup>(), OrderAccessPolicy.GroupsFor(Mia, order).Order());
        Assert.Empty(OrderAccessPolicy.GroupsFor(Max, order));
    }

    [Fact]
    public void A_caller_with_several_roles_sees_the_union()
    {
        var plannerAndAccountant = new Caller("both", "Both", Roles.Planner | Roles.Accountant);

        var groups = OrderAccessPolicy.GroupsFor(plannerAndAccountant, new OrderAccessFacts(Scheduled, "mia", true));

        Assert.Contains(OrderFieldGroup.Pricing, groups);
        Assert.Contains(OrderFieldGroup.Schedule, groups);
    }

    [Theory]
    [InlineData(Roles.Manager, true)]
    [InlineData(Roles.Accountant, true)]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Auditor, true)]
    [InlineData(Roles.QA, false)]
    [InlineData(Roles.Planner, false)]
    [InlineData(Roles.Operator, false)]
    public void Only_managers_accounting_administrators_and_auditors_see_whose_order_it_is(Roles role, bool seesParties)
    {
        var groups = OrderAccessPolicy.GroupsFor(new Caller("mia", "X", role) { Resources = ["sm-74-4"] }, new OrderAccessFacts(Scheduled, "mia", true, ["sm-74-4"]));

        Assert.NotEmpty(groups);
        Assert.Equal(seesParties, groups.Contains(OrderFieldGroup.Parties));
    }

    [Fact]
    public void Each_audit_entry_is_read_by_the_roles_that_see_its_field_group()
    {
        var order = new OrderAccessFacts(Scheduled, "mia", true);
        bool Reads(Caller caller, OrderAction action) => OrderAccessPolicy.MayRead(OrderAccessPolicy.GroupsFor(caller, order), action);

        Assert.True(Reads(Quinn, OrderAction.RejectQa));
        Assert.True(Reads(Quinn, OrderAction.ApproveAccounting));
        Assert.False(Reads(Quinn, OrderAction.Create));
        Assert.False(Reads(Quinn, OrderAction.FinishProcessing));
        Assert.False(Reads(Quinn, OrderAction.RecordPayment));
        Assert.True(Reads(Pat, OrderAction.Schedule));
        Assert.False(Reads(Pat, OrderAction.RejectQa));
        Assert.True(Reads(Alex, OrderAction.IssueCreditNote));
        Assert.False(Reads(Alex, OrderAction.AttachDocument));
        // A missed deadline concerns whoever's stage it is.
        Assert.True(Reads(Pat, OrderAction.FlagDeadline));
        Assert.True(Reads(Quinn, OrderAction.FlagDeadline));
        Assert.All(Enum.GetValues<OrderAction>(), action => Assert.True(Reads(Aud, action)));
    }
}
