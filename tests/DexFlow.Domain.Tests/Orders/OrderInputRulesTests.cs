using System.Collections.Immutable;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Planning;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Validation;
using static DexFlow.Domain.Tests.Orders.OrderTestData;

namespace DexFlow.Domain.Tests.Orders;

public sealed class OrderInputRulesTests
{
    private static readonly string Long = new('x', InputLimits.LongText + 1);
    private static readonly string Short = new('x', InputLimits.ShortText + 1);

    public static TheoryData<OrderCommand, string> OverlongCommands() => new()
    {
        { new ReviewOrder(ReviewSide.Qa, false, [Long]), "reasons" },
        { new ReviewOrder(ReviewSide.Accounting, true, [Long]), "reasons" },
        { new ReviewOrder(ReviewSide.Qa, false, [.. Enumerable.Range(0, InputLimits.Reasons + 1).Select(i => $"reason {i}")]), "reasons" },
        { new CancelOrder(Long), "reason" },
        { new RecordPayment(Short, 1m, new DateOnly(2026, 11, 1)), "invoiceNumber" },
        { new StartProcess(Short), "processId" },
        { new FinishProcess(Short), "processId" },
    };

    [Theory]
    [MemberData(nameof(OverlongCommands))]
    public void Every_free_text_of_an_order_command_longer_than_its_limit_is_refused_naming_the_field_before_anything_is_decided(OrderCommand command, string field)
    {
        // A planner may take none of these actions: the bound is checked first, whoever asks.
        var order = PricedAndApproved();

        var error = Assert.Throws<ValidationException>(() => OrderWorkflow.Handle(order, Pat, command, Prices, Now));

        Assert.Equal([field], error.Errors.Keys);
    }

    [Fact]
    public void A_credit_note_needs_a_reason_of_bounded_length_and_a_short_invoice_number()
    {
        var tooLong = Assert.Throws<ValidationException>(() => OrderInputRules.EnsureBounded(new NewCreditNote(Short, 1m, Long)));
        var missing = Assert.Throws<ValidationException>(() => OrderInputRules.EnsureBounded(new NewCreditNote("INV-2026-000001", 1m, " ")));

        Assert.Equal(["invoiceNumber", "reason"], tooLong.Errors.Keys.Order());
        Assert.Equal(["reason"], missing.Errors.Keys);
        OrderInputRules.EnsureBounded(new NewCreditNote("INV-2026-000001", 1m, new string('x', InputLimits.LongText)));
    }

    [Fact]
    public void A_plans_note_and_ids_and_a_lists_filters_and_an_idempotency_key_are_bounded_too()
    {
        ImmutableArray<ProcessSlot> slots = [new ProcessSlot(Short, "press-1", Now)];

        Assert.Equal(["note", "slots"], Assert.Throws<ValidationException>(() => OrderInputRules.EnsureBounded(slots, Long)).Errors.Keys.Order());
        Assert.Equal(["customer", "text"], Assert.Throws<ValidationException>(() =>
            OrderInputRules.EnsureBounded(new OrderQuery(null, Short, Short, null, 1, 50))).Errors.Keys.Order());
        Assert.Equal(["Idempotency-Key"], Assert.Throws<ValidationException>(() => OrderInputRules.EnsureKey(Short)).Errors.Keys);
    }
}
