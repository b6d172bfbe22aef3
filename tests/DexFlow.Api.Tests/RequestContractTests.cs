using System.Net;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>What the API promises about requests: concurrency, idempotency, and precise problems for bad input.</summary>
[Collection(ApiCollection.Name)]
public sealed class RequestContractTests(ApiFixture fixture)
{
    [Fact]
    public async Task Of_two_concurrent_edits_from_the_same_version_one_wins_and_the_other_gets_412()
    {
        var manager = await LogIn("manager");
        var created = await manager.Post("/api/orders", OrderForms.Complete("Concurrent Edits AG"));
        var number = (await Json(created, HttpStatusCode.Created))["number"]!.GetValue<string>();
        var etag = created.Headers.ETag!.Tag;

        var edits = await Task.WhenAll(
            manager.Put($"/api/orders/{number}", OrderForms.Complete("Concurrent Edits AG", 100), ("If-Match", etag)),
            manager.Put($"/api/orders/{number}", OrderForms.Complete("Concurrent Edits AG", 200), ("If-Match", etag)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], edits.Select(response => response.StatusCode).Order());
        var conflict = await Json(edits.Single(response => response.StatusCode == HttpStatusCode.PreconditionFailed), HttpStatusCode.PreconditionFailed);
        Assert.Equal("urn:dexflow:problem:version-conflict", conflict["type"]!.GetValue<string>());
        var withoutEtag = await Json(await manager.Put($"/api/orders/{number}", OrderForms.Complete()), HttpStatusCode.PreconditionRequired);
        Assert.Equal("urn:dexflow:problem:precondition-required", withoutEtag["type"]!.GetValue<string>());
        var current = await manager.Get($"/api/orders/{number}");
        Assert.Equal("\"2\"", current.Headers.ETag!.Tag);
        var notModified = await manager.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/orders/{number}") { Headers = { { "If-None-Match", "\"2\"" } } });
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task A_retried_create_with_the_same_idempotency_key_makes_one_order()
    {
        var manager = await LogIn("manager");
        var key = Guid.NewGuid().ToString();
        var customer = "Idempotency " + key[..8];

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => manager.Post("/api/orders", OrderForms.Complete(customer), ("Idempotency-Key", key))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Single(responses.Select(response => response.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(2, responses.Count(response => response.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(1, (await manager.GetJson($"/api/orders?customer={Uri.EscapeDataString(customer)}"))["total"]!.GetValue<long>());
        var reused = await Json(await manager.Post("/api/orders", OrderForms.Complete(customer, quantity: 1), ("Idempotency-Key", key)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("urn:dexflow:problem:idempotency-key-reused", reused["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"customer\":{\"name\":\"Truncated", "bad-request")]
    [InlineData("{\"customer\":{\"name\":\"Acme\"},\"specification\":{\"quantity\":\"many\"}}", "bad-request")]
    [InlineData("{\"customer\":{\"name\":\"Acme\"},\"specification\":{\"product\":\"Hologram\"}}", "bad-request")]
    [InlineData("{\"customer\":{\"name\":\"Acme\"},\"specification\":{\"product\":3}}", "bad-request")]
    [InlineData("[1,2,3]", "bad-request")]
    [InlineData("", "bad-request")]
    [InlineData("{\"customer\":{\"name\":\"\"},\"specification\":{\"quantity\":-5}}", "validation")]
    [InlineData("{\"specification\":{\"quantity\":5}}", "validation")]
    public async Task Malformed_or_invalid_orders_are_answered_with_a_precise_400_problem(string body, string problem)
    {
        var manager = await LogIn("manager");

        var response = await manager.SendRaw(HttpMethod.Post, "/api/orders", body);

        var json = await Json(response, HttpStatusCode.BadRequest);
        Assert.Equal("urn:dexflow:problem:" + problem, json["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(json["detail"]?.GetValue<string>()));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Validation_problems_name_every_offending_field()
    {
        var manager = await LogIn("manager");

        var json = await Json(await manager.SendRaw(HttpMethod.Post, "/api/orders",
            "{\"customer\":{\"name\":\" \",\"contactEmail\":\"nope\"},\"specification\":{\"quantity\":0,\"coloursBack\":12}}"), HttpStatusCode.BadRequest);

        Assert.Equal(
            ["customer.contactEmail", "customer.name", "specification.coloursBack", "specification.quantity"],
            json["errors"]!.AsObject().Select(error => error.Key).Order());
    }

    [Fact]
    public async Task A_huge_body_is_refused_with_413_without_reading_it_all()
    {
        var manager = await LogIn("manager");
        var huge = "{\"customer\":{\"name\":\"" + new string('x', 3 * 1024 * 1024) + "\"}}";

        // Refused on its declared length before the body is read; with 100-continue the refusal is not a race against the upload.
        var json = await Json(await manager.SendRaw(HttpMethod.Post, "/api/orders", huge, expectContinue: true), HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("urn:dexflow:problem:payload-too-large", json["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_orders_bad_etags_and_wrong_media_types_get_problems_too()
    {
        var manager = await LogIn("manager");

        var unknown = await Json(await manager.Get("/api/orders/2026-999999"), HttpStatusCode.NotFound);
        var junk = await Json(await manager.Get("/api/orders/..%2F..%2Fetc"), HttpStatusCode.NotFound);
        var badEtag = await Json(await manager.Put("/api/orders/2026-999999", OrderForms.Complete(), ("If-Match", "yesterday")), HttpStatusCode.BadRequest);
        var wrongType = await manager.SendRaw(HttpMethod.Post, "/api/orders", "customer=acme", "application/x-www-form-urlencoded");
        var badReview = await Json(await manager.Post("/api/orders/2026-999999/qa-review", new { decision = "Maybe" }), HttpStatusCode.BadRequest);

        Assert.Equal("urn:dexflow:problem:not-found", unknown["type"]!.GetValue<string>());
        Assert.Equal("urn:dexflow:problem:not-found", junk["type"]!.GetValue<string>());
        Assert.Equal("If-Match", Assert.Single(badEtag["errors"]!.AsObject()).Key);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal("urn:dexflow:problem:bad-request", badReview["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Paging_arguments_out_of_range_are_refused()
    {
        var manager = await LogIn("manager");

        var json = await Json(await manager.Get("/api/orders?pageSize=5000"), HttpStatusCode.BadRequest);
        var stage = await Json(await manager.Get("/api/orders?stage=Imaginary"), HttpStatusCode.BadRequest);

        Assert.Equal("pageSize", Assert.Single(json["errors"]!.AsObject()).Key);
        Assert.Equal("urn:dexflow:problem:bad-request", stage["type"]!.GetValue<string>());
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
