using System.Globalization;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using OpenQA.Selenium;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>The planner's and the operator's main work in the browser, against the real API.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanningBoardBrowserTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task A_planner_picks_an_approved_order_sees_its_proposal_as_ghost_bars_and_confirms_it_into_bookings()
    {
        var (number, pricing) = await Orders.Approved(fixture.Api.Address, $"Board customer {Guid.NewGuid():N}");

        app.SignIn("planner");
        app.Open("planning");
        app.WaitFor("[data-test=board-row]", "the board's resource rows");
        app.WaitFor($"[data-test=awaiting-order][data-number='{number}'] [data-test=plan-order]", $"order {number} among the orders awaiting a schedule").Click();
        var ghosts = app.WaitFor($"[data-test=bar][data-order='{number}'][data-kind=Ghost]", $"order {number}'s proposal as ghost bars");
        Assert.Contains("dexflow-bar-ghost", ghosts.GetAttribute("class"));
        Assert.Empty(app.Driver.FindElements(By.CssSelector($"[data-test=bar][data-order='{number}'][data-kind=Booked]")));
        app.Screenshot("planner-board");
        app.AssertAccessible("the planning board with a proposal");
        app.AssertNoPrice(pricing["netTotal"]!.GetValue<decimal>(), pricing["grossTotal"]!.GetValue<decimal>());

        app.Driver.FindElement(By.CssSelector("[data-test=confirm]")).Click();
        app.WaitFor("[data-test=confirmed]", $"order {number} to be confirmed");
        app.WaitFor($"[data-test=bar][data-order='{number}'][data-kind=Booked]", $"order {number}'s processes as booked bars");
        Assert.Empty(app.Driver.FindElements(By.CssSelector($"[data-test=bar][data-order='{number}'][data-kind=Ghost]")));
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=problem]")));

        var planner = await LogIn(fixture.Api.Address, "planner");
        Assert.Equal("Scheduled", (await planner.GetJson($"/api/orders/{number}"))["stage"]!.GetValue<string>());
        app.AssertAccessible("the planning board after confirming");
        app.AssertNoPrice(pricing["netTotal"]!.GetValue<decimal>(), pricing["grossTotal"]!.GetValue<decimal>());
        Assert.Empty(app.BrowserErrors());
    }

    [Fact]
    public async Task An_operator_starts_and_finishes_a_scheduled_process_from_the_shop_floor()
    {
        var (number, processes) = await Orders.Scheduled(fixture.Api.Address, $"Floor customer {Guid.NewGuid():N}");
        var (first, start) = processes[0];

        app.SignIn("operator");
        // The day of the first process: the order may be planned for a later day than today (after hours, weekends).
        app.Open($"floor?day={DateOnly.FromDateTime(start.LocalDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var card = $"[data-test=process-card][data-order='{number}'][data-process='{first}']";
        app.WaitFor(card, $"{first} of order {number} on the shop floor", element => element.GetAttribute("data-state") == "planned");
        Assert.True(app.Driver.FindElement(By.CssSelector($"{card} [data-test=finish]")).GetAttribute("disabled") is not null);
        Assert.True(app.Driver.FindElement(By.CssSelector($"{card} [data-test=start]")).Size.Height >= 64);
        app.Screenshot("operator");
        app.AssertAccessible("the shop floor");

        app.Driver.FindElement(By.CssSelector($"{card} [data-test=start]")).Click();
        app.WaitFor(card, $"{first} to be started", element => element.GetAttribute("data-state") == "started");
        app.WaitFor($"{card} [data-test=finish]", "the finish button to be enabled", button => button.Enabled).Click();
        app.WaitFor(card, $"{first} to be finished", element => element.GetAttribute("data-state") == "finished");
        Assert.Empty(app.Driver.FindElements(By.CssSelector("[data-test=problem]")));

        var @operator = await LogIn(fixture.Api.Address, "operator");
        var process = (await @operator.GetJson($"/api/orders/{number}"))["schedule"]!["processes"]!.AsArray()
            .Single(each => each!["processId"]!.GetValue<string>() == first)!;
        Assert.NotNull(process["finishedAt"]);
        Assert.Empty(app.BrowserErrors());
    }

}
