using System.Text.Json;
using DexFlow.Web.Api;

namespace DexFlow.Web.Tests.Api;

/// <summary>The app reads the API's JSON even when the server is newer than the app.</summary>
public sealed class ApiJsonTests
{
    [Fact]
    public void An_action_the_app_does_not_know_is_read_as_unknown_and_the_rest_as_sent()
    {
        var actions = JsonSerializer.Deserialize<OrderAction[]>("""["Submit","SomethingNewer","AttachFile"]""", DexFlowJson.Options);

        Assert.Equal([OrderAction.Submit, OrderAction.Unknown, OrderAction.AttachFile], actions);
    }

    [Fact]
    public void A_stage_the_app_does_not_know_is_refused_rather_than_guessed()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrderStage>("\"Teleported\"", DexFlowJson.Options));
    }

    [Fact]
    public void A_page_of_orders_is_read_whole_with_its_stages_dates_and_the_fields_left_out()
    {
        var page = JsonSerializer.Deserialize<OrderPage>("""
            {"items":[{"number":"2026-000042","stage":"InReview","revision":2,"customerName":"Acme GmbH","product":"Flyer","title":"Spring",
              "quantity":5000,"dueDate":"2026-05-04","managerId":"manager","managerName":"Mia Manager",
              "createdAt":"2026-03-01T09:00:00+00:00","updatedAt":"2026-03-02T10:30:00+00:00"},
             {"number":"2026-000043","stage":"Approved","revision":1,"createdAt":"2026-03-01T09:00:00+00:00","updatedAt":"2026-03-01T09:00:00+00:00"}],
             "page":1,"pageSize":200,"total":1000}
            """, DexFlowJson.Options)!;

        Assert.Equal((1, 200, 1000L), (page.Page, page.PageSize, page.Total));
        Assert.Equal(new OrderSummary("2026-000042", OrderStage.InReview, 2, "Acme GmbH", "Flyer", "Spring", 5000, new DateOnly(2026, 5, 4), "manager",
            "Mia Manager", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 10, 30, 0, TimeSpan.Zero)), page.Items[0]);
        Assert.Null(page.Items[1].CustomerName);
        Assert.Equal(OrderStage.Approved, page.Items[1].Stage);
    }

    [Fact]
    public void A_parcel_stage_a_newer_server_adds_reads_as_unknown_in_the_clerks_queue()
    {
        var page = JsonSerializer.Deserialize<ParcelQueuePage>("""
            {"items":[{"id":"p-1","stage":"Teleporting","capturePointId":"rest-upload","channel":"Upload","receivedAt":"2026-03-01T09:00:00+00:00",
              "stageSince":"2026-03-01T09:00:00+00:00","documents":1}],"page":1,"pageSize":50,"total":1}
            """, DexFlowJson.Options)!;

        Assert.Equal(ParcelStage.Unknown, page.Items[0].Stage);
        Assert.Equal(CaptureChannel.Upload, page.Items[0].Channel);
    }
}
