using System.Net;
using System.Text.Json;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Auth;
using DexFlow.Web.Pages.Planning;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

public sealed class PlanningBoardTests : ComponentTestContext
{
    private const string Planned = "2026-000001";
    private const string Other = "2026-000099";

    // Today at 10:00 in the test's own zone, so that everything is in the board's first window whatever the date.
    private static readonly DateTimeOffset Ten = new(DateTime.Today.AddHours(10));

    private static readonly ResourceView[] Shop =
    [
        new("ctp-1", "Platesetter", "prepress"),
        new("sm-52-2", "SM 52-2", "press"),
        new("sm-74-4", "SM 74-4", "press"),
        new("packing-1", "Packing table", "packing"),
    ];

    private readonly FakeApi api = new();

    public PlanningBoardTests()
    {
        api.On(HttpMethod.Get, "/api/resources", Shop);
        foreach (var resource in Shop)
        {
            Booking[] bookings = resource.Id == "sm-74-4" ? [new("sm-74-4", Other, "run", Ten, Ten.AddHours(2))] : [];
            api.On(HttpMethod.Get, $"/api/resources/{resource.Id}/bookings", new ResourceBookings(resource, bookings));
        }

        api.On(HttpMethod.Get, "/api/orders", new OrderPage([new OrderSummary(Planned, OrderStage.Approved, 1, null, "Flyer", "Spring flyer", 5000,
            DateOnly.FromDateTime(DateTime.Today.AddDays(10)), null, null, Ten, Ten)], 1, 8, 1));
        api.On(HttpMethod.Get, $"/api/orders/{Planned}", Order(OrderStage.Approved, null));
        api.On(HttpMethod.Get, $"/api/orders/{Planned}/schedule/proposal", new ScheduleProposal(
        [
            new ScheduledProcess("prepress", 1, "Prepress: 8 plates", "ctp-1", Ten.AddHours(3), Ten.AddHours(4), 60),
            new ScheduledProcess("run", 2, "Run on SM 74-4", "sm-74-4", Ten.AddHours(4), Ten.AddHours(6), 120),
        ], false));
    }

    [Fact]
    public async Task Each_booking_is_a_bar_on_its_resources_row_linking_to_its_order()
    {
        var board = await RenderAs("Planner");

        var row = board.WaitForElement("[data-test=board-row][data-resource='sm-74-4']");
        var bar = row.QuerySelector("[data-test=bar]")!;
        Assert.Equal(Other, bar.GetAttribute("data-order"));
        Assert.Equal("Booked", bar.GetAttribute("data-kind"));
        Assert.Equal($"orders/{Other}", bar.GetAttribute("href"));
        Assert.Contains($"{Other} · run", bar.TextContent);
        Assert.Single(board.FindAll("[data-test=bar]"));
        Assert.Empty(board.FindAll("[data-resource='ctp-1'] [data-test=bar]"));
        // 10:00 to 12:00 of a day is 10/24 of the track in, 2/24 of it wide.
        Assert.Contains("left: 41.667%", bar.GetAttribute("style"));
        Assert.Contains("width: 8.333%", bar.GetAttribute("style"));
    }

    [Fact]
    public async Task A_picked_orders_proposal_shows_as_ghost_bars_on_the_proposed_resources()
    {
        var board = await RenderAs("Planner");

        board.WaitForElement("[data-test=plan-order]").Click();

        board.WaitForAssertion(() => Assert.Equal(2, board.FindAll($"[data-test=bar][data-order='{Planned}']").Count));
        var prepress = board.Find($"[data-resource='ctp-1'] [data-test=bar][data-order='{Planned}']");
        Assert.Equal("Ghost", prepress.GetAttribute("data-kind"));
        Assert.Equal("prepress", prepress.GetAttribute("data-process"));
        Assert.Contains("dexflow-bar-ghost", prepress.ClassList);
        Assert.Equal("Ghost", board.Find($"[data-resource='sm-74-4'] [data-test=bar][data-process=run][data-order='{Planned}']").GetAttribute("data-kind"));
        Assert.Empty(board.FindAll("[data-test=misses-due-date]"));
    }

    [Fact]
    public async Task A_conflict_the_api_names_is_shown_on_the_bar_of_that_process()
    {
        const string conflict = "SM 74-4 is booked by order 2026-000099 (run); run wants the same time";
        api.On(HttpMethod.Put, $"/api/orders/{Planned}/schedule", _ => FakeApi.Problem(new
        {
            type = "urn:dexflow:problem:schedule-conflict",
            title = "The plan conflicts with other bookings.",
            status = 409,
            detail = "The schedule conflicts: " + conflict,
            conflicts = new[] { conflict },
        }, HttpStatusCode.Conflict));
        var board = await RenderAs("Planner");
        board.WaitForElement("[data-test=plan-order]").Click();
        board.WaitForElement("[data-test=confirm]");

        board.Find("[data-test=confirm]").Click();

        board.WaitForAssertion(() => Assert.Equal("The plan conflicts with other bookings.", board.Find("[data-test=problem-title]").TextContent));
        var run = board.Find($"[data-test=bar][data-order='{Planned}'][data-process=run]");
        Assert.Equal(conflict, run.QuerySelector("[data-test=bar-problem]")!.TextContent);
        Assert.Contains("dexflow-bar-problem", run.ClassList);
        Assert.Empty(board.FindAll($"[data-test=bar][data-order='{Planned}'][data-process=prepress] [data-test=bar-problem]"));
        Assert.Empty(board.FindAll($"[data-test=bar][data-order='{Other}'] [data-test=bar-problem]"));
    }

    [Fact]
    public async Task While_a_plan_is_confirmed_nothing_else_is_planned_and_its_refusal_goes_once_another_order_is_picked()
    {
        const string second = "2026-000002";
        var refusal = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        api.OnAsync(HttpMethod.Put, $"/api/orders/{Planned}/schedule", _ => refusal.Task);
        api.On(HttpMethod.Get, "/api/orders", new OrderPage([Summary(Planned), Summary(second)], 1, 8, 2));
        api.On(HttpMethod.Get, $"/api/orders/{second}", Order(OrderStage.Approved, null) with { Number = second });
        api.On(HttpMethod.Get, $"/api/orders/{second}/schedule/proposal", new ScheduleProposal(
            [new ScheduledProcess("run", 1, "Run on SM 52-2", "sm-52-2", Ten.AddHours(1), Ten.AddHours(2), 60)], false));
        var board = await RenderAs("Planner");
        board.WaitForElement($"[data-test=awaiting-order][data-number='{Planned}'] [data-test=plan-order]").Click();
        board.WaitForElement("[data-test=confirm]");

        var confirming = board.Find("[data-test=confirm]").ClickAsync(new());

        Assert.True(board.Find("[data-test=confirm]").HasAttribute("disabled"));
        Assert.All(board.FindAll("[data-test=plan-order]"), button => Assert.True(button.HasAttribute("disabled")));
        board.Find("[data-test=confirm]").Click();
        board.Find($"[data-test=awaiting-order][data-number='{second}'] [data-test=plan-order]").Click();
        refusal.SetResult(Conflict());
        await confirming;
        board.WaitForAssertion(() => Assert.NotEmpty(board.FindAll("[data-test=bar-problem]")));
        Assert.Single(api.Sent, request => request.Method == HttpMethod.Put);
        Assert.DoesNotContain(api.Sent, request => request.Path == $"/api/orders/{second}");

        board.Find($"[data-test=awaiting-order][data-number='{second}'] [data-test=plan-order]").Click();

        board.WaitForAssertion(() => Assert.Equal(second, board.Find("[data-test=plan-order-link]").TextContent));
        Assert.Empty(board.FindAll("[data-test=problem]"));
        Assert.Empty(board.FindAll("[data-test=bar-problem]"));
    }

    [Fact]
    public async Task A_refusal_said_about_a_process_leaves_its_bar_once_the_bar_is_moved()
    {
        api.On(HttpMethod.Put, $"/api/orders/{Planned}/schedule", _ => Conflict());
        var board = await RenderAs("Planner");
        board.WaitForElement("[data-test=plan-order]").Click();
        board.WaitForElement("[data-test=confirm]").Click();
        board.WaitForAssertion(() => Assert.NotNull(Bar(board, "run").QuerySelector("[data-test=bar-problem]")));

        Bar(board, "run").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });

        Assert.Null(Bar(board, "run").QuerySelector("[data-test=bar-problem]"));
    }

    [Fact]
    public async Task A_board_that_could_not_be_read_says_so_until_it_is_read()
    {
        var reads = 0;
        api.On(HttpMethod.Get, "/api/resources/sm-74-4/bookings", _ => ++reads == 1
            ? FakeApi.Problem(HttpStatusCode.ServiceUnavailable, "The cluster is not ready.")
            : FakeApi.Json(new ResourceBookings(Shop[2], [])));
        var board = await RenderAs("Auditor");
        board.WaitForAssertion(() => Assert.Equal("The cluster is not ready.", board.Find("[data-test=problem-title]").TextContent));

        board.Find("[data-test=next]").Click();

        board.WaitForAssertion(() => Assert.Empty(board.FindAll("[data-test=problem]")));
        Assert.NotEmpty(board.FindAll("[data-test=board-row]"));
    }

    [Fact]
    public async Task Arrow_keys_move_the_selected_slot_and_confirm_sends_where_it_went()
    {
        api.On(HttpMethod.Put, $"/api/orders/{Planned}/schedule", _ => FakeApi.Json(Order(OrderStage.Scheduled, null)));
        var board = await RenderAs("Planner");
        board.WaitForElement("[data-test=plan-order]").Click();
        board.WaitForElement($"[data-test=bar][data-process=run][data-order='{Planned}']");

        Bar(board, "run").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Bar(board, "run").KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Bar(board, "run").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });

        Assert.NotNull(board.Find($"[data-resource='sm-52-2'] [data-test=bar][data-process=run]"));
        Assert.Equal("true", Bar(board, "run").GetAttribute("aria-pressed"));
        board.Find("[data-test=confirm]").Click();
        board.WaitForAssertion(() => Assert.Contains(api.Sent, request => request.Method == HttpMethod.Put));
        var sent = api.Sent.Single(request => request.Method == HttpMethod.Put);
        Assert.Equal("\"7\"", sent.IfMatch);
        var slots = JsonDocument.Parse(sent.Body!).RootElement.GetProperty("slots").EnumerateArray()
            .ToDictionary(slot => slot.GetProperty("processId").GetString()!, slot => (slot.GetProperty("resourceId").GetString(), slot.GetProperty("start").GetDateTimeOffset()));
        Assert.Equal(("sm-52-2", Ten.AddHours(4).AddMinutes(30)), slots["run"]);
        Assert.Equal(("ctp-1", Ten.AddHours(3)), slots["prepress"]);
    }

    [Fact]
    public async Task The_slot_form_moves_the_selected_slot_without_a_pointer()
    {
        var board = await RenderAs("Planner");
        board.WaitForElement("[data-test=plan-order]").Click();
        board.WaitForElement($"[data-test=bar][data-process=prepress][data-order='{Planned}']");

        Bar(board, "prepress").Click();
        board.Find("#slot-start").Change(Ten.AddHours(5).LocalDateTime.ToString("yyyy-MM-ddTHH:mm"));
        board.Find("[data-test=slot-form]").Submit();

        var moved = Bar(board, "prepress");
        Assert.Equal(Ten.AddHours(5), DateTimeOffset.Parse(moved.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Ghost", moved.GetAttribute("data-kind"));
    }

    [Fact]
    public async Task A_bar_dropped_on_another_row_moves_there_at_the_time_under_the_pointer()
    {
        var board = await RenderAs("Planner");
        board.WaitForElement("[data-test=plan-order]").Click();
        board.WaitForElement($"[data-test=bar][data-process=run][data-order='{Planned}']");

        // Taken at its left edge, dropped 15/24 of the way along the day's track (2,880 px) of the other press.
        Bar(board, "run").DragStart(new DragEventArgs { OffsetX = 0 });
        board.Find("[data-resource='sm-52-2'] [data-test=board-track]").Drop(new DragEventArgs { OffsetX = 2880 * 15 / 24d });

        var moved = board.Find($"[data-resource='sm-52-2'] [data-test=bar][data-process=run]");
        Assert.Equal(new DateTimeOffset(DateTime.Today.AddHours(15)), DateTimeOffset.Parse(moved.GetAttribute("data-start")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Ghost", moved.GetAttribute("data-kind"));
    }

    [Fact]
    public async Task Auditors_see_the_board_but_plan_nothing()
    {
        var board = await RenderAs("Auditor");

        board.WaitForElement("[data-test=bar]");
        Assert.Empty(board.FindAll("[data-test=awaiting], [data-test=plan-order], button[data-test=bar]"));
        Assert.DoesNotContain(api.Sent, request => request.Path.StartsWith("/api/orders", StringComparison.Ordinal));
    }

    private static AngleSharp.Dom.IElement Bar(IRenderedComponent<PlanningPage> board, string process) =>
        board.Find($"[data-test=bar][data-order='{Planned}'][data-process={process}]");

    private async Task<IRenderedComponent<PlanningPage>> RenderAs(string role)
    {
        Services.AddSingleton(await api.SignedIn(role));
        Services.AddSingleton(api.Client);
        return Render<PlanningPage>();
    }

    private static HttpResponseMessage Conflict() => FakeApi.Problem(new
    {
        type = "urn:dexflow:problem:schedule-conflict",
        title = "The plan conflicts with other bookings.",
        status = 409,
        conflicts = new[] { "SM 74-4 is booked by order 2026-000099 (run); run wants the same time" },
    }, HttpStatusCode.Conflict);

    private static OrderSummary Summary(string number) => new(number, OrderStage.Approved, 1, null, "Flyer", "Spring flyer", 5000,
        DateOnly.FromDateTime(DateTime.Today.AddDays(10)), null, null, Ten, Ten);

    private static OrderView Order(OrderStage stage, ScheduleView? schedule) => new(Planned, stage, 1, 7, null, null, null, "Flyer", "Spring flyer", 5000,
        DateOnly.FromDateTime(DateTime.Today.AddDays(10)), Ten, Ten, [], null, null, null, null, null, null, schedule, [], null, null);
}
