using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Api.Tests.ParcelIntakeTests;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>
/// Reports, search and the audit trail through REST, on what the grains projected: each answers only to those who may
/// see it, and no hit or row shows what its reader may not see.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ReportsSearchAuditTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_document_is_found_by_a_word_of_its_text_by_whoever_may_open_it_and_each_read_is_in_the_audit_trail()
    {
        var admin = await LogIn("admin");
        var planner = await LogIn("planner");
        var auditor = await LogIn("auditor");
        var word = Word();
        var location = (await admin.Upload("/api/parcels", [("notes.eml", Email("Artwork notes for order 2026-999996", $"Please print the {word} variant."))])).Headers.Location!.OriginalString;
        var parcel = await WaitForStage(admin, location, "Routed");
        var documentId = parcel["documents"]![0]!["id"]!.GetValue<string>();

        var hits = await Eventually.Get(async () => await Hits(admin, word, "Documents"), found => found.Count == 1, "the document to be searchable");
        var text = await admin.GetJson($"/api/documents/{documentId}/text");
        var unseen = await Hits(planner, word, "All");

        Assert.Equal(documentId, hits[0]!["id"]!.GetValue<string>());
        Assert.Contains(hits[0]!["snippet"]!.AsArray(), part => part!["match"]!.GetValue<bool>() && part["text"]!.GetValue<string>().Contains(word, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(word, text["pages"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(unseen);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.Get($"/api/documents/{documentId}/text")).StatusCode);

        var reads = (await auditor.GetJson($"/api/audit?objectType=Document&object={documentId}"))["items"]!.AsArray();
        Assert.Contains(reads, read => read!["action"]!.GetValue<string>() == "ReadText" && read["actorId"]!.GetValue<string>() == "admin");
        Assert.DoesNotContain(reads, read => read!["actorId"]!.GetValue<string>() == "planner");
    }

    [Fact]
    public async Task An_order_is_found_by_a_word_of_its_title_only_by_those_who_see_it_and_its_entries_are_audited_for_auditors_only()
    {
        var manager = await LogIn("manager");
        var planner = await LogIn("planner");
        var auditor = await LogIn("auditor");
        var word = Word();
        var form = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(OrderForms.Complete("Search GmbH")))!.AsObject();
        form["specification"]!["title"] = $"Flyer {word}";
        var number = (await Json(await manager.Post("/api/orders", form), HttpStatusCode.Created))["number"]!.GetValue<string>();

        var hits = await Eventually.Get(async () => await Hits(manager, word, "Orders"), found => found.Count == 1, "the order to be searchable");
        Assert.Equal(("Order", number), (hits[0]!["kind"]!.GetValue<string>(), hits[0]!["id"]!.GetValue<string>()));
        Assert.Empty(await Hits(planner, word, "All"));

        var trail = (await auditor.GetJson($"/api/audit?object={number}"))["items"]!.AsArray();
        Assert.Contains(trail, entry => entry!["action"]!.GetValue<string>() == "Create" && entry["actorId"]!.GetValue<string>() == "manager");
        var csv = await auditor.Get($"/api/audit?object={number}&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("at,actorId,actorName,objectType,objectId,action,details\r\n", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Get("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task Changes_of_resources_and_capture_points_are_in_the_audit_trail_with_who_made_them_and_what_changed_but_no_password()
    {
        var admin = await LogIn("admin");
        var auditor = await LogIn("auditor");
        var resource = $"press-{Word()}";
        var point = $"mail-{Word()}";
        var calendar = new { hours = new[] { new { day = "Monday", from = "08:00", to = "16:00" } }, holidays = System.Array.Empty<string>() };
        object Mailbox(string password, string mailbox) => new
        {
            kind = "Imap", enabled = false, channel = "Email", pollEvery = "00:01:00",
            imap = new { host = CaptureFolders.MailHost, port = 143, security = "None", userName = "orders", password, mailbox },
        };

        await Json(await admin.Put($"/api/resources/{resource}", new { name = "Press 7", kind = "press", calendar }), HttpStatusCode.OK);
        await Json(await admin.Put($"/api/resources/{resource}", new { name = "Press 7 (B2)", kind = "press", calendar }), HttpStatusCode.OK);
        await Json(await admin.Put($"/api/capture-points/{point}", Mailbox("first-secret-1", "INBOX")), HttpStatusCode.OK);
        await Json(await admin.Put($"/api/capture-points/{point}", Mailbox("second-secret-2", "Orders")), HttpStatusCode.OK);

        var presses = (await auditor.GetJson($"/api/audit?objectType=Resource&object={resource}"))["items"]!.AsArray();
        Assert.Equal(["Change", "Create"], presses.Select(entry => entry!["action"]!.GetValue<string>()));
        Assert.All(presses, entry => Assert.Equal("admin", entry!["actorId"]!.GetValue<string>()));
        var renamed = JsonNode.Parse(presses[0]!["details"]!.GetValue<string>())!.AsObject();
        Assert.Equal(["name"], renamed.Select(field => field.Key));
        Assert.Equal(("Press 7", "Press 7 (B2)"), (renamed["name"]!["before"]!.GetValue<string>(), renamed["name"]!["after"]!.GetValue<string>()));

        var mailbox = (await auditor.Get($"/api/audit?objectType=CapturePoint&object={point}&format=csv"));
        var csv = await mailbox.Content.ReadAsStringAsync();
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("imap.password", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_answer_in_json_and_csv_to_those_who_may_run_them_from_what_the_grains_published()
    {
        var admin = await LogIn("admin");
        var accountant = await LogIn("accountant");
        var manager = await LogIn("manager");
        await OrderSteps.InReview(fixture.Api.Address, "Report GmbH");

        Assert.Equal(11, (await Array(admin, "/api/reports")).Count);
        Assert.Equal(["invoicing"], (await Array(accountant, "/api/reports")).Select(report => report!["name"]!.GetValue<string>()));
        Assert.Empty(await Array(manager, "/api/reports"));

        // The order's draft stay ended when it was submitted: the stay reached the report through the audit entries.
        var stages = await admin.GetJson("/api/reports/time-in-stage");
        var draft = stages["rows"]!.AsArray().Single(row => row!["stage"]!.GetValue<string>() == "Draft")!;
        Assert.True(draft["stays"]!.GetValue<long>() >= 1, stages.ToJsonString());
        Assert.NotNull(stages["asOf"]);

        var throughput = await admin.GetJson("/api/reports/throughput?groupBy=Week");
        var weeks = throughput["rows"]!.AsArray();
        Assert.True(weeks[^1]!["created"]!.GetValue<long>() >= 1, throughput.ToJsonString());
        Assert.Equal(weeks.Count, throughput["chart"]!["labels"]!.AsArray().Count);

        var csv = await admin.Get("/api/reports/throughput?groupBy=Week", ("Accept", "text/csv"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("period,created,submitted,completed,archived,cancelled\r\n", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await accountant.Get("/api/reports/invoicing?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await accountant.Get("/api/reports/throughput")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Get("/api/reports/no-such-report")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Get("/api/reports/throughput?from=2026-03-10&to=2026-03-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Get("/api/reports/active-orders?groupBy=Week")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.Get("/api/reports/throughput?format=xml")).StatusCode);
    }

    private static string Word() => $"w{Guid.NewGuid():N}"[..14];

    private static async Task<JsonArray> Hits(DexFlowHttpClient client, string text, string scope) =>
        (await client.GetJson($"/api/search?q={Uri.EscapeDataString(text)}&scope={scope}"))["items"]!.AsArray();

    private static async Task<JsonArray> Array(DexFlowHttpClient client, string path) =>
        JsonNode.Parse(await (await client.Get(path)).Content.ReadAsStringAsync())!.AsArray();

    private static byte[] Email(string subject, string body) => Encoding.UTF8.GetBytes($"""
        From: Someone <someone@customer.example>
        To: orders@shop.example
        Subject: {subject}
        Message-ID: <{Guid.NewGuid():N}@customer.example>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"

        {body}

        """.ReplaceLineEndings("\r\n"));

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
