using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Inbox;

namespace DexFlow.Web.Tests.Components;

public sealed class InboxListTests : ComponentTestContext
{
    private static readonly DateTimeOffset Since = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Each_item_is_a_row_linking_to_its_order_or_document_page()
    {
        InboxItem[] items =
        [
            new("order", "2026-000042", "Submit the order", OrderStage.Draft, "Acme GmbH", "Spring flyer", new DateOnly(2026, 4, 1), Since),
            new("document", "doc-7", "Read the supplier invoice", null, null, "Invoice 7", null, Since),
        ];

        var list = Render<InboxList>(parameters => parameters.Add(l => l.Items, items).Add(l => l.Total, 2));

        var rows = list.FindAll("[data-test=inbox-item]");
        Assert.Equal(["2026-000042", "doc-7"], rows.Select(row => row.GetAttribute("data-reference")));
        Assert.Equal("orders/2026-000042", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("documents/doc-7", rows[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("01/04/2026", rows[0].TextContent);
        Assert.Contains("2 items wait for you", list.Find("caption").TextContent);
    }

    [Fact]
    public void An_overdue_item_is_flagged_with_the_wait_that_ran_late()
    {
        InboxItem[] items =
        [
            new("order", "2026-000043", "Review the price sheet", OrderStage.InReview, null, null, null, Since, Overdue: "Review"),
            new("order", "2026-000044", "Review the price sheet", OrderStage.InReview, null, null, null, Since),
        ];

        var list = Render<InboxList>(parameters => parameters.Add(l => l.Items, items).Add(l => l.Total, 2));

        var flags = list.FindAll("[data-test=overdue]");
        Assert.Single(flags);
        Assert.Equal("Review overdue", flags[0].TextContent);
        Assert.Contains(flags[0], list.FindAll("[data-reference='2026-000043'] [data-test=overdue]"));
    }

    [Fact]
    public void An_empty_inbox_says_so_instead_of_showing_an_empty_table()
    {
        var list = Render<InboxList>(parameters => parameters.Add(l => l.Items, []).Add(l => l.Total, 0));

        Assert.Equal("Nothing waits for you.", list.Find("[data-test=inbox-empty]").TextContent);
        Assert.Empty(list.FindAll("table"));
    }
}
