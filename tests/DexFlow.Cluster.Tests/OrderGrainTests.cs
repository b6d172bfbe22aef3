using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Inbox;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Grains.Orders.ReadModel;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class OrderGrainTests(ClusterFixture fixture)
{
    private IOrderDeskGrain Desk => fixture.Client.GetGrain<IOrderDeskGrain>(0);

    private IOrderGrain Order(string number) => fixture.Client.GetGrain<IOrderGrain>(number);

    [Fact]
    public async Task An_orders_state_survives_deactivation()
    {
        var created = (await Desk.Create(Mia, NewOrder(quantity: 1234), null)).Order;
        var grain = Order(created.Number);
        await grain.Execute(Mia, new EditOrder(new OrderDraft(NewOrder().Customer!, NewOrder(quantity: 4321).Specification!)), created.Version);

        await fixture.Cluster.DeactivateAsync(grain);
        var reloaded = await grain.Get(Mia);

        Assert.Equal((4321, 2L), (reloaded.Quantity, reloaded.Version));
        Assert.Equal([OrderAction.Create, OrderAction.Edit], (await grain.History(Mia)).Select(entry => entry.Action));
    }

    [Fact]
    public async Task A_submitted_order_processes_itself_into_review()
    {
        var created = (await Desk.Create(Mia, NewOrder(), null)).Order;

        var submitted = await Order(created.Number).Execute(Mia, new SubmitOrder(), null);
        var inReview = await WaitForStage(created.Number, OrderStage.InReview);

        Assert.Equal(OrderStage.Submitted, submitted.Stage);
        Assert.Equal(1, inReview.Revision);
        Assert.Single(fixture.Processing.AttemptsOf(created.Number));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_nothing_changes()
    {
        var created = (await Desk.Create(Mia, NewOrder(), null)).Order;
        var draft = new OrderDraft(NewOrder().Customer!, NewOrder(quantity: 7).Specification!);
        await Order(created.Number).Execute(Mia, new EditOrder(draft), created.Version);

        var conflict = await Assert.ThrowsAsync<VersionConflictException>(() =>
            Order(created.Number).Execute(Mia, new EditOrder(draft with { Specification = draft.Specification with { Quantity = 8 } }), created.Version));

        Assert.Equal((1L, 2L), (conflict.Expected, conflict.Actual));
        Assert.Equal(7, (await Order(created.Number).Get(Mia)).Quantity);
    }

    [Fact]
    public async Task Callers_who_may_not_see_an_order_are_told_it_does_not_exist()
    {
        var created = (await Desk.Create(Mia, NewOrder(), null)).Order;

        await Assert.ThrowsAsync<NotFoundException>(() => Order(created.Number).Get(Max));
        await Assert.ThrowsAsync<NotFoundException>(() => Order(created.Number).Get(Pat));
        await Assert.ThrowsAsync<NotFoundException>(() => Order("2026-999999").Get(Ada));
        await Assert.ThrowsAsync<ForbiddenException>(() => Order(created.Number).Execute(Ada, new SubmitOrder(), null));
    }

    [Fact]
    public async Task The_read_model_row_follows_every_change_and_never_goes_back()
    {
        var created = (await Desk.Create(Mia, NewOrder(customer: "Readmodel AG"), null)).Order;
        var edited = await Order(created.Number).Execute(Mia, new EditOrder(new OrderDraft(NewOrder().Customer! with { Name = "Readmodel Renamed AG" }, NewOrder().Specification!)), null);
        Assert.Equal(2L, await RowVersion(created.Number));

        var writer = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<OrderReadModelWriter>();
        var stale = new OrderRow(created.Number, 1, OrderStage.Draft, 0, "mia", "Mia Manager", "Stale name", null, null, null, null,
            false, ReviewOutcome.Pending, ReviewOutcome.Pending, false, Contracts.Security.Roles.Manager, DateTimeOffset.UtcNow,
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, null);
        await writer.Publish(stale, []);

        Assert.Equal(edited.Version, await RowVersion(created.Number));
        Assert.Equal("Readmodel Renamed AG", await fixture.Database.Scalar<string>("SELECT customer_name FROM dexflow.orders WHERE number = @n", ("n", created.Number)));
    }

    [Fact]
    public async Task An_edit_commits_the_orders_state_its_row_and_its_audit_entry_in_one_transaction()
    {
        var created = (await Desk.Create(Mia, NewOrder(), null)).Order;
        var edited = await Order(created.Number).Execute(Mia, new EditOrder(new OrderDraft(NewOrder().Customer!, NewOrder(quantity: 777).Specification!)), null);

        var transactions = await fixture.Database.Scalar<string[]>("""
            SELECT ARRAY[s.xmin::text, o.xmin::text, a.xmin::text]
            FROM orleans_storage s, dexflow.orders o, dexflow.order_audit a
            WHERE s.grain_type = 'order' AND s.grain_id_extension = @n AND o.number = @n AND a.number = @n AND a.version = @v
            """, ("n", created.Number), ("v", edited.Version));

        Assert.Single(transactions.Distinct());
    }

    [Fact]
    public async Task A_lost_read_model_row_is_restored_when_the_order_activates()
    {
        var created = (await Desk.Create(Mia, NewOrder(), null)).Order;
        await fixture.Database.Scalar<object?>("DELETE FROM dexflow.orders WHERE number = @n RETURNING NULL", ("n", created.Number));
        await fixture.Cluster.DeactivateAsync(Order(created.Number));

        await Order(created.Number).Get(Mia);

        Assert.Equal(1L, await RowVersion(created.Number));
    }

    [Fact]
    public async Task Processing_that_keeps_failing_gives_up_visibly_until_an_administrator_retries()
    {
        var created = (await Desk.Create(Mia, NewOrder(), null)).Order;
        fixture.Processing.FailWith[created.Number] = "Price list unavailable";

        await Order(created.Number).Execute(Mia, new SubmitOrder(), null);
        var gaveUp = await Eventually.Get(() => Order(created.Number).Get(Ada), order => order.Processing?.GaveUp == true,
            "processing to give up after three attempts", TimeSpan.FromSeconds(60));
        var inbox = (await Desk.Inbox(Ada, new InboxQuery(InboxFilter.OrderTask, false, 1, 200))).Items;
        fixture.Processing.FailWith.TryRemove(created.Number, out _);
        await Order(created.Number).Execute(Ada, new RetryProcessing(), null);

        Assert.Equal((OrderStage.Processing, 3, "Price list unavailable"), (gaveUp.Stage, gaveUp.Processing!.Attempts, gaveUp.Processing.LastError));
        Assert.Contains(inbox, item => item.Reference == created.Number && item.Task.StartsWith("Processing gave up", StringComparison.Ordinal));
        await WaitForStage(created.Number, OrderStage.InReview);
    }

    [Fact]
    public async Task Order_numbers_are_unique_and_consecutive_across_silos()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Desk.Create(Mia, NewOrder(), null)));

        var sequences = created.Select(order => long.Parse(order.Order.Number[5..])).Order().ToArray();
        Assert.Equal(40, sequences.Distinct().Count());
        Assert.Equal(sequences.Length - 1, sequences[^1] - sequences[0]);
        Assert.All(created, order => Assert.Matches(@"^\d{4}-\d{6}$", order.Order.Number));
    }

    [Fact]
    public async Task The_same_idempotency_key_sent_concurrently_creates_one_order()
    {
        var key = Guid.NewGuid().ToString();

        var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Desk.Create(Mia, NewOrder(customer: "Idempotent KG"), key)));

        Assert.Single(created.Select(order => order.Order.Number).Distinct());
        Assert.Single(created, order => !order.Replayed);
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => Desk.Create(Mia, NewOrder(customer: "Other KG"), key));
    }

    [Fact]
    public async Task A_new_order_from_a_template_copies_the_form_and_nothing_else()
    {
        var template = (await Desk.Create(Mia, NewOrder(customer: "Template AG", quantity: 777), null)).Order;
        await Order(template.Number).Execute(Mia, new SubmitOrder(), null);
        await WaitForStage(template.Number, OrderStage.InReview);

        var copy = (await Desk.Create(Mia, new NewOrder(null, null, template.Number), null)).Order;

        Assert.Equal((OrderStage.Draft, 0, "Template AG", 777), (copy.Stage, copy.Revision, copy.CustomerName, copy.Quantity));
        Assert.Equal("New from template " + template.Number, (await Order(copy.Number).History(Mia))[0].Details);
        await Assert.ThrowsAsync<NotFoundException>(() => Desk.Create(Max, new NewOrder(null, null, template.Number), null));
    }

    [Fact]
    public async Task Lists_show_each_caller_only_the_orders_they_may_see()
    {
        var customer = "Visibility " + Guid.NewGuid().ToString("N")[..8];
        var mias = (await Desk.Create(Mia, NewOrder(customer), null)).Order;
        var maxs = (await Desk.Create(Max, NewOrder(customer), null)).Order;
        await Order(maxs.Number).Execute(Max, new SubmitOrder(), null);
        await WaitForStage(maxs.Number, OrderStage.InReview, Max);
        var query = new OrderQuery(null, customer, null, null, 1, 50);

        Assert.Equal([mias.Number], (await Desk.List(Mia, query)).Items.Select(order => order.Number));
        Assert.Equal([maxs.Number], (await Desk.List(Alex, query)).Items.Select(order => order.Number));
        Assert.Empty((await Desk.List(Pat, query)).Items);
        Assert.Equal(2, (await Desk.List(Ada, query)).Total);
        Assert.Equal([maxs.Number], (await Desk.List(Ada, query with { Stage = OrderStage.InReview })).Items.Select(order => order.Number));
        Assert.Equal([mias.Number], (await Desk.List(Ada, query with { Customer = null, Text = mias.Number })).Items.Select(order => order.Number));
    }

    private async Task<long> RowVersion(string number) =>
        await fixture.Database.Scalar<long>("SELECT version FROM dexflow.orders WHERE number = @n", ("n", number));

    private Task<OrderView> WaitForStage(string number, OrderStage stage, Contracts.Security.Caller? caller = null) =>
        Eventually.Get(() => Order(number).Get(caller ?? Mia), order => order.Stage == stage, $"order {number} to reach {stage}");
}
