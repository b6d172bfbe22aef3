using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.Orders;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Orders;

public sealed class ProductionWorkflowTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_schedule_that_ends_after_the_due_date_is_allowed_and_flagged()
    {
        var scheduled = Scheduled(missesDueDate: true);

        Assert.Equal(OrderStage.Scheduled, scheduled.Stage);
        Assert.True(scheduled.Schedule!.MissesDueDate);
        Assert.EndsWith("(misses the due date)", scheduled.PendingAudit[^1].Details);
        Assert.Equal(Monday, scheduled.Schedule.PlannedStart);
    }

    [Fact]
    public void An_operator_reports_only_on_processes_booked_on_their_own_resources()
    {
        var scheduled = Scheduled();
        var first = scheduled.Schedule!.Processes[0];
        var elsewhere = Oli with { Resources = [.. Oli.Resources.Where(resource => resource != first.ResourceId)] };

        var refused = Assert.Throws<ForbiddenException>(() => OrderWorkflow.Handle(scheduled, elsewhere, new StartProcess(first.ProcessId), Prices, Now));

        Assert.Contains(first.ResourceId, refused.Message);
        Assert.Equal(OrderStage.InProduction, OrderWorkflow.Handle(scheduled, Oli with { Resources = [first.ResourceId] }, new StartProcess(first.ProcessId), Prices, Now).Stage);
    }

    [Fact]
    public void Processes_start_in_work_sheet_order_and_the_last_one_finished_completes_the_order()
    {
        var scheduled = Scheduled();
        var processes = scheduled.Schedule!.Processes;

        var outOfOrder = Assert.Throws<IllegalTransitionException>(() => OrderWorkflow.Handle(scheduled, Oli, new StartProcess(processes[1].ProcessId), Prices, Now));
        Assert.Contains($"{processes[0].Name} comes first", outOfOrder.Message);

        var order = OrderWorkflow.Handle(scheduled, Oli, new StartProcess(processes[0].ProcessId), Prices, Now);
        Assert.Equal(OrderStage.InProduction, order.Stage);
        Assert.Throws<IllegalTransitionException>(() => OrderWorkflow.Handle(order, Oli, new StartProcess(processes[0].ProcessId), Prices, Now));
        foreach (var process in processes)
        {
            if (process != processes[0])
            {
                order = OrderWorkflow.Handle(order, Oli, new StartProcess(process.ProcessId), Prices, Now);
            }

            Assert.NotEqual(OrderStage.Completed, order.Stage);
            order = OrderWorkflow.Handle(order, Oli, new FinishProcess(process.ProcessId), Prices, Now);
        }

        Assert.Equal(OrderStage.Completed, order.Stage);
        Assert.All(order.Schedule!.Processes, process => Assert.Equal("Oli Operator", process.FinishedBy));
        Assert.Throws<NotFoundException>(() => OrderWorkflow.Handle(Scheduled(), Oli, new StartProcess("gluing"), Prices, Now));
    }

    [Fact]
    public void Production_waits_for_an_unpaid_prepayment_and_starts_once_it_is_paid()
    {
        var prepayment = new Invoice("PRE-2026-000007", InvoiceKind.Prepayment, "2026-000042", "EUR", 157.52m, 29.93m, 187.45m, 0, null, null, Now, "dexflow",
            new ContentRef(new string('a', 64), 1000));
        var scheduled = InvoicingWorkflow.Record(Scheduled(), prepayment, Contracts.Security.Caller.System, Now);
        var first = scheduled.Schedule!.Processes[0].ProcessId;

        var waiting = Assert.Throws<IllegalTransitionException>(() => OrderWorkflow.Handle(scheduled, Oli, new StartProcess(first), Prices, Now));
        Assert.Contains("on hold until Accounting has the prepayment", waiting.Message);
        Assert.DoesNotContain("PRE-", waiting.Message);

        var part = OrderWorkflow.Handle(scheduled, Alex, new RecordPayment("PRE-2026-000007", 100m, new DateOnly(2026, 11, 25)), Prices, Now);
        Assert.Throws<IllegalTransitionException>(() => OrderWorkflow.Handle(part, Oli, new StartProcess(first), Prices, Now));
        var overpaid = Assert.Throws<ValidationException>(() => OrderWorkflow.Handle(part, Alex, new RecordPayment("PRE-2026-000007", 90m, new DateOnly(2026, 11, 25)), Prices, Now));
        Assert.Contains("87.45", overpaid.Errors["amount"][0]);

        var paid = OrderWorkflow.Handle(part, Alex, new RecordPayment("PRE-2026-000007", 87.45m, new DateOnly(2026, 11, 26)), Prices, Now);
        Assert.False(paid.AwaitsPrepayment);
        Assert.Equal(OrderStage.InProduction, OrderWorkflow.Handle(paid, Oli, new StartProcess(first), Prices, Now).Stage);
        Assert.Equal("87.45 EUR on PRE-2026-000007, paid 2026-11-26; settled", paid.PendingAudit[^1].Details);
    }

    [Fact]
    public void Production_waits_while_approvals_prepayment_decision_is_still_open()
    {
        var undecided = Scheduled(prepaymentDecided: false);

        var waiting = Assert.Throws<IllegalTransitionException>(() =>
            OrderWorkflow.Handle(undecided, Oli, new StartProcess(undecided.Schedule!.Processes[0].ProcessId), Prices, Now));

        Assert.Contains("on hold", waiting.Message);
    }

    private static OrderState Scheduled(bool missesDueDate = false, bool prepaymentDecided = true)
    {
        var approved = PricedAndApproved();
        if (prepaymentDecided)
        {
            approved = InvoicingWorkflow.NoPrepayment(approved, "returning customer", Now);
        }

        var at = Monday;
        var processes = ImmutableArray.CreateBuilder<ScheduledProcess>();
        foreach (var process in approved.Estimate!.Processes)
        {
            processes.Add(new ScheduledProcess(process.Id, process.Sequence, process.Name, process.Resource ?? process.ResourceKind, at, at.AddMinutes(process.Minutes), process.Minutes));
            at = at.AddMinutes(process.Minutes);
        }

        return ProductionWorkflow.Schedule(approved, Pat, processes.ToImmutable(), null, missesDueDate, Now);
    }
}
