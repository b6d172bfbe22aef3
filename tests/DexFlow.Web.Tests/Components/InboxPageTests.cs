using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Inbox;
using MudBlazor;

namespace DexFlow.Web.Tests.Components;

public sealed class InboxPageTests : PageTestContext
{
    private static readonly DateTimeOffset Since = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_slow_answer_for_an_earlier_filter_does_not_replace_the_answer_for_the_filter_chosen_since()
    {
        var overdueAnswer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        Api.On(HttpMethod.Get, "/api/inbox?page=1&pageSize=25", Page(Item("2026-000001")))
            .OnAsync(HttpMethod.Get, "/api/inbox?filter=Overdue&page=1&pageSize=25", _ => overdueAnswer.Task)
            .On(HttpMethod.Get, "/api/inbox?filter=Document&page=1&pageSize=25", Page(Item("p-000000000000000000000007-d1", "document")));
        var page = await RenderAs<Home>("Manager", "[data-test=inbox-item]");
        var filter = page.FindComponent<MudSelect<InboxFilter?>>();

        var overdue = page.InvokeAsync(() => filter.Instance.ValueChanged.InvokeAsync(InboxFilter.Overdue));
        await page.InvokeAsync(() => filter.Instance.ValueChanged.InvokeAsync(InboxFilter.Document));
        page.WaitForAssertion(() => Assert.Equal(["p-000000000000000000000007-d1"], References(page)));
        overdueAnswer.SetResult(FakeApi.Json(Page(Item("2026-000099"))));
        await overdue;

        page.WaitForAssertion(() => Assert.Equal(["p-000000000000000000000007-d1"], References(page)));
        Assert.Equal(3, Api.Sent.Count(request => request.Path == "/api/inbox"));
    }

    private static IEnumerable<string?> References(IRenderedComponent<Home> page) =>
        page.FindAll("[data-test=inbox-item]").Select(row => row.GetAttribute("data-reference"));

    private static InboxItem Item(string reference, string kind = "order") =>
        new(kind, reference, "Look at it", kind == "order" ? OrderStage.Draft : null, null, null, null, Since);

    private static InboxPage Page(params InboxItem[] items) => new(items, 1, 25, items.Length);
}
