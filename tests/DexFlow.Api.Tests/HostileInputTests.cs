using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Input that once broke a list or answered 500 now gets a precise 400, and nothing is stored for it.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileInputTests(ApiFixture fixture)
{
    [Fact]
    public async Task Control_characters_in_any_text_are_refused_with_a_400_naming_the_field()
    {
        var manager = await LogIn("manager");

        var inName = await manager.SendRaw(HttpMethod.Post, "/api/orders", """{"customer":{"name":"Acme\u0000 GmbH"}}""");
        var inNotes = await manager.SendRaw(HttpMethod.Post, "/api/orders", """{"customer":{"name":"Acme"},"specification":{"notes":"bell\u0007"}}""");
        var loneSurrogate = await manager.SendRaw(HttpMethod.Post, "/api/orders", """{"customer":{"name":"Acme \ud800"}}""");
        var inQuery = await manager.Get("/api/orders?customer=%00");
        var inUpload = await manager.Upload("/api/parcels", [("scan.png", TestImages.BlankPng(100, 100))], new Dictionary<string, string> { ["note"] = "see\u0001attached" });
        var multiLine = await manager.SendRaw(HttpMethod.Post, "/api/orders", """{"customer":{"name":"Acme"},"specification":{"notes":"line one\r\nline two\ttabbed"}}""");

        Assert.Equal("customer.name", OnlyField(await Json(inName, HttpStatusCode.BadRequest)));
        Assert.Equal("specification.notes", OnlyField(await Json(inNotes, HttpStatusCode.BadRequest)));
        Assert.Equal("customer.name", OnlyField(await Json(loneSurrogate, HttpStatusCode.BadRequest)));
        Assert.Equal("customer", OnlyField(await Json(inQuery, HttpStatusCode.BadRequest)));
        Assert.Equal("note", OnlyField(await Json(inUpload, HttpStatusCode.BadRequest)));
        Assert.Equal(HttpStatusCode.Created, multiLine.StatusCode);
    }

    [Fact]
    public async Task Requests_that_once_answered_500_are_answered_precisely()
    {
        var admin = await LogIn("admin");

        var farPage = await admin.Get("/api/orders?page=2147483647&pageSize=200");
        var factsWithoutLists = await admin.Post("/api/routing/dry-run", new { facts = new { parcelId = "p-1", channel = "Email", capturePoint = "mail", subject = "Artwork for order 2026-000101" } });
        var notMultipart = await admin.Http.PostAsync("/api/parcels", new StringContent("this is not multipart") { Headers = { ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz") } });

        Assert.Empty((await Json(farPage, HttpStatusCode.OK))["items"]!.AsArray());
        Assert.Equal("AttachToOrder", JsonNode.Parse(await factsWithoutLists.Content.ReadAsStringAsync())![0]!["outcome"]!.GetValue<string>());
        Assert.Equal("body", OnlyField(await Json(notMultipart, HttpStatusCode.BadRequest)));
    }

    [Fact]
    public async Task An_upload_of_ten_thousand_tiny_files_stops_at_the_first_part_past_the_limit_and_stores_no_more()
    {
        var clerk = await LogIn("clerk");
        var before = await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.content");
        var form = new MultipartFormDataContent();
        var salt = Guid.NewGuid().ToByteArray();
        for (var index = 0; index < 10_000; index++)
        {
            form.Add(new ByteArrayContent([.. salt, .. BitConverter.GetBytes(index)]), "files", $"tiny-{index}.bin");
        }

        var refused = await clerk.Http.PostAsync("/api/parcels", form);
        var stored = await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.content") - before;

        Assert.Equal("files", OnlyField(await Json(refused, HttpStatusCode.BadRequest)));
        Assert.InRange(stored, 0, 50);
    }

    private static string OnlyField(JsonObject problem) =>
        Assert.Single(problem["errors"]!.AsObject(), _ => true).Key;

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
