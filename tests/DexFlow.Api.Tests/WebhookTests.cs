using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>
/// Administrators register endpoints for event types; each event reaches them signed, once, retried while the endpoint
/// fails, and an endpoint that keeps failing is disabled with an event saying so. The endpoints are real HTTP servers
/// on loopback, which the test cluster's configuration allows.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WebhookTests(ApiFixture fixture) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task An_endpoint_receives_the_events_it_asked_for_from_its_registration_on_signed_once_each_and_nothing_else()
    {
        var admin = await LogIn("admin");
        var manager = await LogIn("manager");
        var before = await Create(manager, "Before Hooks AG");
        var registered = await Json(await admin.Post("/api/webhooks", new { url = _receiver.Url("/created"), eventTypes = new[] { "Order.Create" } }),
            HttpStatusCode.Created);
        var id = registered["webhook"]!["id"]!.GetValue<string>();
        var secret = registered["secret"]!.GetValue<string>();
        Assert.StartsWith("whsec_", secret);

        var first = await Create(manager, "Hooked AG");
        await Json(await manager.Post($"/api/orders/{first}/submit"), HttpStatusCode.Accepted);
        // Registered after the first order, whether or not DexFlow had sent it anywhere yet: it hears of the second only.
        await Register(admin, "/later", "Order.Create");
        var second = await Create(manager, "Hooked AG");
        await Eventually.Get(() => Task.FromResult(Subjects("/created")), subjects => subjects.Contains(first) && subjects.Contains(second),
            "both orders to be delivered");
        await Eventually.Get(() => Task.FromResult(Subjects("/later")), subjects => subjects.Contains(second), "the later endpoint to hear of it");
        Assert.Equal([second], Subjects("/later"));

        var received = _receiver.At("/created").ToArray();
        // Deliveries are attempted side by side, so they may arrive in any order; each carries its position in the log.
        Assert.Equal(new[] { first, second }.Order(), received.Select(Subject).Order());
        Assert.All(received, delivery => Assert.Equal(("Order.Create", 1), (delivery.EventType, delivery.Attempt)));
        Assert.All(received, delivery => Assert.Equal(delivery.EventId, delivery.Event.GetProperty("id").GetInt64()));
        Assert.All(received, delivery => Assert.True(delivery.IsSignedWith(secret), $"delivery of event {delivery.EventId} is signed with the secret"));
        Assert.False(received[0].IsSignedWith(secret + "x"), "a signature checked against another secret fails");
        Assert.Equal(received.Length, received.DistinctBy(delivery => delivery.EventId).Count());

        var deliveries = await admin.GetJson($"/api/webhooks/{id}/deliveries");
        var ofSecond = deliveries["items"]!.AsArray().Single(item => item!["subject"]!.GetValue<string>() == second)!;
        Assert.Equal(("Delivered", 1, 200), (ofSecond["status"]!.GetValue<string>(), ofSecond["attempts"]!.GetValue<int>(), ofSecond["lastStatusCode"]!.GetValue<int>()));

        // Auditors follow webhooks without their secrets; managers do not see them at all.
        var seen = await (await LogIn("auditor")).GetJson($"/api/webhooks/{id}");
        Assert.Equal(_receiver.Url("/created"), seen["url"]!.GetValue<string>());
        Assert.DoesNotContain(secret, seen.ToJsonString());
        var list = await (await (await LogIn("auditor")).Get("/api/webhooks")).Content.ReadAsStringAsync();
        Assert.Contains(id, list);
        Assert.DoesNotContain(secret, list);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Get("/api/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Post("/api/webhooks", new { url = _receiver.Url("/mine"), eventTypes = new[] { "*" } })).StatusCode);
    }

    [Fact]
    public async Task A_failing_endpoint_gets_the_same_delivery_again_until_it_takes_it()
    {
        var admin = await LogIn("admin");
        _receiver.Answer = (path, attempt) => path == "/flaky" && attempt < 3 ? 503 : 200;
        var id = await Register(admin, "/flaky", "Order.Create");

        var number = await Create(await LogIn("manager"), "Flaky Endpoint GmbH");

        var delivery = await Eventually.Get(() => Delivery(admin, id, number), item => item?["status"]!.GetValue<string>() == "Delivered",
            "the delivery to succeed on its third attempt");
        Assert.Equal((3, 200), (delivery!["attempts"]!.GetValue<int>(), delivery["lastStatusCode"]!.GetValue<int>()));
        var attempts = _receiver.At("/flaky").Where(item => Subject(item) == number).ToArray();
        Assert.Equal([(1, 503), (2, 503), (3, 200)], attempts.Select(item => (item.Attempt, item.Answered)));
        Assert.Single(attempts.Select(item => (item.EventId, item.Body)).Distinct());
    }

    [Fact]
    public async Task An_endpoint_that_keeps_failing_is_given_up_after_the_retry_window_and_disabled_with_an_event_of_its_own()
    {
        var admin = await LogIn("admin");
        _receiver.Answer = (path, _) => path == "/down" ? 500 : 200;
        await using var admins = await EventStreamClient.Connect(admin);
        await Register(admin, "/watch", "Webhook.*");
        var id = await Register(admin, "/down", "Order.Create");

        var number = await Create(await LogIn("manager"), "Down Endpoint SA");

        var webhook = await Eventually.Get(() => admin.GetJson($"/api/webhooks/{id}"), item => !item["enabled"]!.GetValue<bool>(),
            "the webhook to be disabled", ClusterFixture.WebhookRetryWindow * 4);
        Assert.Contains("could not be delivered", webhook["disabledReason"]!.GetValue<string>());
        var given = (await Delivery(admin, id, number))!;
        Assert.Equal(("Failed", 500), (given["status"]!.GetValue<string>(), given["lastStatusCode"]!.GetValue<int>()));
        Assert.True(given["attempts"]!.GetValue<int>() >= 3, given.ToJsonString());

        var news = await admins.WaitFor((type, data) => type == "Webhook.Disable" && data["subject"]!.GetValue<string>() == id, "administrators to hear of it");
        Assert.Contains("could not be delivered", news.Data["summary"]!.GetValue<string>());
        await Eventually.Get(() => Task.FromResult(_receiver.At("/watch").Select(Subject).ToArray()), subjects => subjects.Contains(id),
            "the watching endpoint to hear of it");
    }

    [Fact]
    public async Task An_endpoint_that_answers_gone_is_disabled_at_once()
    {
        var admin = await LogIn("admin");
        _receiver.Answer = (path, _) => path == "/gone" ? 410 : 200;
        var id = await Register(admin, "/gone", "Order.Create");

        var number = await Create(await LogIn("manager"), "Gone Endpoint BV");

        var webhook = await Eventually.Get(() => admin.GetJson($"/api/webhooks/{id}"), item => !item["enabled"]!.GetValue<bool>(), "the webhook to be disabled");
        Assert.Contains("410", webhook["disabledReason"]!.GetValue<string>());
        Assert.Equal((1, "Failed"), ((await Delivery(admin, id, number))!["attempts"]!.GetValue<int>(), (await Delivery(admin, id, number))!["status"]!.GetValue<string>()));

        // Enabled again by an administrator, it hears of new events.
        var changed = await Json(await admin.Put($"/api/webhooks/{id}", new { url = _receiver.Url("/gone"), eventTypes = new[] { "Order.Create" }, enabled = true }),
            HttpStatusCode.OK);
        Assert.Null(changed["disabledReason"]);
        _receiver.Answer = (_, _) => 200;
        var later = await Create(await LogIn("manager"), "Gone Endpoint BV");
        await Eventually.Get(() => Delivery(admin, id, later), item => item?["status"]!.GetValue<string>() == "Delivered", "the new event to be delivered");
    }

    [Theory]
    [InlineData("ftp://files.example.com/hooks", "url")]
    [InlineData("hooks.example.com/no-scheme", "url")]
    [InlineData("http://10.0.0.5/hooks", "url")]
    [InlineData("http://169.254.169.254/latest/meta-data", "url")]
    [InlineData("http://192.168.1.20:8080/", "url")]
    [InlineData("http://[::1]:8080/hooks", "url")]
    [InlineData("http://[fd00::5]/hooks", "url")]
    [InlineData("http://localhost:8080/hooks", "url")]
    [InlineData("http://user:password@203.0.113.9/hooks", "url")]
    public async Task Urls_that_are_not_public_http_endpoints_are_refused(string url, string field)
    {
        var refused = await Json(await (await LogIn("admin")).Post("/api/webhooks", new { url, eventTypes = new[] { "Order.*" } }), HttpStatusCode.BadRequest);

        Assert.Equal([field], refused["errors"]!.AsObject().Select(error => error.Key));
    }

    [Fact]
    public async Task Unknown_event_types_and_short_secrets_are_refused_field_by_field()
    {
        var admin = await LogIn("admin");
        var url = _receiver.Url("/typed");

        var unknown = await Json(await admin.Post("/api/webhooks", new { url, eventTypes = new[] { "Order.Create", "Order.Explode" } }), HttpStatusCode.BadRequest);
        Assert.Contains("Order.Explode", unknown["errors"]!["eventTypes"]![0]!.GetValue<string>());
        var none = await Json(await admin.Post("/api/webhooks", new { url, eventTypes = Array.Empty<string>() }), HttpStatusCode.BadRequest);
        Assert.True(none["errors"]!.AsObject().ContainsKey("eventTypes"));
        var shortSecret = await Json(await admin.Post("/api/webhooks", new { url, eventTypes = new[] { "*" }, secret = "short" }), HttpStatusCode.BadRequest);
        Assert.True(shortSecret["errors"]!.AsObject().ContainsKey("secret"));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Get("/api/webhooks/not-an-id")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Get($"/api/webhooks/{Guid.NewGuid()}/deliveries")).StatusCode);
    }

    private async Task<string> Register(DexFlowHttpClient admin, string path, string eventType) =>
        (await Json(await admin.Post("/api/webhooks", new { url = _receiver.Url(path), eventTypes = new[] { eventType } }), HttpStatusCode.Created))
            ["webhook"]!["id"]!.GetValue<string>();

    private static async Task<JsonNode?> Delivery(DexFlowHttpClient admin, string webhook, string subject) =>
        (await admin.GetJson($"/api/webhooks/{webhook}/deliveries?pageSize=200"))["items"]!.AsArray()
            .SingleOrDefault(item => item!["subject"]!.GetValue<string>() == subject);

    private string[] Subjects(string path) => [.. _receiver.At(path).Select(Subject)];

    private static string Subject(ReceivedDelivery delivery) => delivery.Event.GetProperty("subject").GetString()!;

    private static async Task<string> Create(DexFlowHttpClient manager, string customer) =>
        (await Json(await manager.Post("/api/orders", OrderForms.Complete(customer)), HttpStatusCode.Created))["number"]!.GetValue<string>();

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
