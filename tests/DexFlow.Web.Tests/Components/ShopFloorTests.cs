using System.Net;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.ShopFloor;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

public sealed class ShopFloorTests : ComponentTestContext
{
    private const string Number = "2026-000005";

    private static readonly DateTimeOffset Nine = new(DateTime.Today.AddHours(9));

    private static readonly ScheduledProcess Planned = new("prepress", 1, "Prepress: 8 plates", "ctp-1", Nine, Nine.AddHours(1), 60);

    private readonly FakeApi api = new();

    public ShopFloorTests() => Services.AddSingleton(api.Client);

    [Fact]
    public void A_process_not_started_can_be_started_but_not_finished()
    {
        var card = Card(Planned);

        Assert.False(card.Find("[data-test=start]").HasAttribute("disabled"));
        Assert.True(card.Find("[data-test=finish]").HasAttribute("disabled"));
        Assert.Equal("Not started", card.Find("[data-test=process-state]").TextContent);
    }

    [Fact]
    public void A_started_process_can_be_finished_but_not_started_again()
    {
        var card = Card(Planned with { StartedAt = Nine, StartedBy = "operator" });

        Assert.True(card.Find("[data-test=start]").HasAttribute("disabled"));
        Assert.False(card.Find("[data-test=finish]").HasAttribute("disabled"));
        Assert.StartsWith("Started", card.Find("[data-test=process-state]").TextContent);
    }

    [Fact]
    public void A_finished_process_offers_neither()
    {
        var card = Card(Planned with { StartedAt = Nine, FinishedAt = Nine.AddHours(1) });

        Assert.True(card.Find("[data-test=start]").HasAttribute("disabled"));
        Assert.True(card.Find("[data-test=finish]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_refused_report_is_shown_on_its_card()
    {
        api.On(HttpMethod.Post, $"/api/orders/{Number}/processes/prepress/start", _ => FakeApi.Problem(new
        {
            title = "Not possible in the current stage.",
            status = 409,
            detail = "production is on hold until Accounting has the prepayment",
        }, HttpStatusCode.Conflict));
        var card = Card(Planned);

        card.Find("[data-test=start]").Click();

        card.WaitForAssertion(() => Assert.Equal("Not possible in the current stage.", card.Find("[data-test=problem-title]").TextContent));
        Assert.False(card.Find("[data-test=start]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_floor_shows_the_days_processes_and_updates_a_card_after_start()
    {
        ResourceView platesetter = new("ctp-1", "Platesetter", "prepress");
        api.On(HttpMethod.Get, "/api/resources", new[] { platesetter });
        api.On(HttpMethod.Get, "/api/resources/ctp-1/bookings",
            new ResourceBookings(platesetter, [new Booking("ctp-1", Number, "prepress", Planned.Start, Planned.End)]));
        api.On(HttpMethod.Get, $"/api/orders/{Number}", Order(Planned));
        api.On(HttpMethod.Post, $"/api/orders/{Number}/processes/prepress/start", Order(Planned with { StartedAt = Nine.AddMinutes(3) }));

        var floor = Render<FloorPage>();
        var card = floor.WaitForElement("[data-test=process-card]");
        Assert.Equal("planned", card.GetAttribute("data-state"));
        Assert.Contains("Platesetter", card.TextContent);
        Assert.Equal($"Work sheet of order {Number}", floor.Find("[data-test=work-sheet]").TextContent.Trim());

        floor.Find("[data-test=start]").Click();

        floor.WaitForAssertion(() => Assert.Equal("started", floor.Find("[data-test=process-card]").GetAttribute("data-state")));
        Assert.False(floor.Find("[data-test=finish]").HasAttribute("disabled"));
        Assert.Contains(api.Sent, request => request.Method == HttpMethod.Post && request.Path == $"/api/orders/{Number}/processes/prepress/start");
    }

    [Fact]
    public void Finishing_the_last_process_shows_it_finished_though_the_completed_order_no_longer_lists_it()
    {
        var completed = Order(Planned with { StartedAt = Nine }) with { Stage = OrderStage.Completed, Schedule = null };
        api.On(HttpMethod.Post, $"/api/orders/{Number}/processes/prepress/finish", completed);
        var card = Card(Planned with { StartedAt = Nine });

        card.Find("[data-test=finish]").Click();

        card.WaitForAssertion(() => Assert.Equal("finished", card.Find("[data-test=process-card]").GetAttribute("data-state")));
        Assert.Equal("Finished: the order is complete.", card.Find("[data-test=process-state]").TextContent);
        Assert.True(card.Find("[data-test=start]").HasAttribute("disabled"));
        Assert.True(card.Find("[data-test=finish]").HasAttribute("disabled"));
    }

    private IRenderedComponent<ProcessCard> Card(ScheduledProcess process) => Render<ProcessCard>(parameters => parameters
        .Add(card => card.OrderNumber, Number)
        .Add(card => card.Process, process)
        .Add(card => card.ResourceName, "Platesetter")
        .Add(card => card.Changed, (OrderView order) => { }));

    private static OrderView Order(ScheduledProcess process) => new(Number, process.StartedAt is null ? OrderStage.Scheduled : OrderStage.InProduction, 1, 9,
        null, null, null, "Flyer", "Spring flyer", 5000, null, Nine, Nine, [], null, null, null, null, null, null,
        new ScheduleView([process], null, "Pat Planner", Nine, false),
        [new DocumentView("doc-1", DocumentType.WorkSheet, "work-sheet.pdf", "application/pdf", "generated", Nine)], null, null);
}
