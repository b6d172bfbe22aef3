using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Testing;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>An order's reminders outlast only the work they stand for: none is left behind once that work is done.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OrderReminderTests(ClusterFixture fixture)
{
    [Fact]
    public async Task After_processing_and_the_prepayment_invoice_only_the_deadline_watch_is_left()
    {
        var number = (await fixture.Client.GetGrain<IOrderDeskGrain>(0).Create(Mia, NewOrder($"Reminders {Guid.NewGuid():N}"), null)).Order.Number;
        await Order(number).Execute(Mia, new SubmitOrder(), null);
        await Eventually.Get(() => Order(number).Get(Ada), order => order.Stage == OrderStage.InReview, $"order {number} to reach review");
        await Order(number).Execute(Quinn, new ReviewOrder(ReviewSide.Qa, true, []), null);
        var approved = await Order(number).Execute(Alex, new ReviewOrder(ReviewSide.Accounting, true, []), null);

        Assert.NotNull(approved.Invoicing);
        Assert.Equal(["deadline"], await Reminders(number));
    }

    private async Task<string[]> Reminders(string number) =>
        await fixture.Database.Scalar<string[]>(
            "SELECT coalesce(array_agg(reminder_name ORDER BY reminder_name), '{}') FROM orleans_reminders WHERE grain_id LIKE @grain",
            ("grain", "%" + number));

    private IOrderGrain Order(string number) => fixture.Client.GetGrain<IOrderGrain>(number);
}
