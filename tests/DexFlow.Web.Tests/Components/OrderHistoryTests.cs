using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Orders;

namespace DexFlow.Web.Tests.Components;

public sealed class OrderHistoryTests : ComponentTestContext
{
    [Fact]
    public void A_long_trail_opens_at_its_newest_page_of_fifty_and_pages_back_to_the_oldest()
    {
        // An order whose prepayment has waited for years: a deadline flag a day.
        var entries = Enumerable.Range(1, 120).Select(day => new AuditEntry(new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.Zero).AddDays(day),
            "system", "DexFlow", OrderAction.FlagDeadline, OrderStage.Approved, OrderStage.Approved, 1, $"flag {day}", day)).ToArray();

        var history = Render<OrderHistory>(parameters => parameters.Add(h => h.Entries, entries));

        var rows = history.FindAll("[data-test=history-entry]");
        Assert.Equal(20, rows.Count);
        Assert.Contains("flag 101", rows[0].TextContent);
        Assert.Contains("flag 120", rows[^1].TextContent);

        history.FindAll("[data-test=history-pages] button").First(button => button.TextContent.Trim() == "1").Click();

        rows = history.FindAll("[data-test=history-entry]");
        Assert.Equal(50, rows.Count);
        Assert.Contains("flag 1", rows[0].TextContent);
        Assert.Contains("flag 50", rows[^1].TextContent);
    }

    [Fact]
    public void A_short_trail_is_one_table_without_pages()
    {
        var entries = new[] { new AuditEntry(DateTimeOffset.UnixEpoch, "manager", "Mia Manager", OrderAction.Create, OrderStage.Draft, OrderStage.Draft, 1, "created", 1) };

        var history = Render<OrderHistory>(parameters => parameters.Add(h => h.Entries, entries));

        Assert.Single(history.FindAll("[data-test=history-entry]"));
        Assert.Empty(history.FindAll("[data-test=history-pages]"));
    }
}
