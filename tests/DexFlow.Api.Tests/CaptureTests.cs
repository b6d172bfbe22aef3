using System.Net;
using DexFlow.Contracts.Parcels;
using DexFlow.Testing;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Polled capture points end to end: a real IMAP server on loopback and a real folder.</summary>
[Collection(ApiCollection.Name)]
public sealed class CaptureTests(ApiFixture fixture)
{
    private static readonly TimeSpan Indexing = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Mail_in_the_capture_mailbox_becomes_parcels_and_is_moved_once_they_are_durable()
    {
        await using var imap = await DovecotServer.StartAsync();
        var admin = await LogIn("admin");
        var id = "mail-" + Guid.NewGuid().ToString("N")[..8];
        var messages = new[] { "s026-email.eml", "s030-email.eml" };
        await Append(imap, messages);

        await Json(await admin.Put($"/api/capture-points/{id}", new
        {
            kind = "Imap", enabled = true, channel = "Email", pollEvery = "00:00:00.500",
            imap = new { host = CaptureFolders.MailHost, port = imap.Port, security = "None", userName = DovecotServer.User, password = DovecotServer.Password, mailbox = "INBOX", processedMailbox = "Processed" },
        }), HttpStatusCode.OK);
        foreach (var sample in messages)
        {
            var truth = ParcelIntakeTests.Truth(sample);
            var parcelId = ParcelIds.For(id, truth["email"]!["message_id"]!.GetValue<string>().Trim('<', '>'));
            var routed = await ParcelIntakeTests.WaitForStage(admin, $"/api/parcels/{parcelId}", "Routed");
            Assert.Equal("Email", routed["channel"]!.GetValue<string>());
            Assert.Equal(truth["documents"]![0]!["expected_routing"]!.GetValue<string>(), ParcelIntakeTests.RouteOf(routed["documents"]![0]!["route"]!));
        }

        var (inbox, processed) = await Counts(imap);
        await Append(imap, [messages[0]]);
        await Eventually.Get(async () => (await Counts(imap)).Inbox, count => count == 0, "the repeated message to be taken");
        var view = await admin.GetJson($"/api/capture-points/{id}");
        await Disable(admin, id, view);

        Assert.Equal((0, 2), (inbox, processed));
        Assert.Null(view["imap"]!["password"]);
        Assert.Equal(2L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.parcels WHERE capture_point_id = @id", ("id", id)));
    }

    [Fact]
    public async Task Files_dropped_in_a_watched_folder_are_taken_once_stable_and_never_twice()
    {
        var folder = CaptureFolders.Create("pickup-");
        var admin = await LogIn("admin");
        var id = "fax-" + Guid.NewGuid().ToString("N")[..8];
        await Json(await admin.Put($"/api/capture-points/{id}", new
        {
            kind = "Folder", enabled = true, channel = "Fax", pollEvery = "00:00:00.200",
            folder = new { path = folder, stableFor = "00:00:00.400" },
        }), HttpStatusCode.OK);
        var fax = ParcelIntakeTests.Sample("s032-fax-po.tif");

        await File.WriteAllBytesAsync(Path.Combine(folder, "fax-0001.tif"), fax);
        await Eventually.Get(() => Task.FromResult(File.Exists(Path.Combine(folder, "processed", "fax-0001.tif"))), taken => taken, "the fax to be taken");
        var parcelId = await fixture.Database.Scalar<string>("SELECT id FROM dexflow.parcels WHERE capture_point_id = @id", ("id", id));
        var routed = await ParcelIntakeTests.WaitForStage(admin, $"/api/parcels/{parcelId}", "Routed");
        await File.WriteAllBytesAsync(Path.Combine(folder, "fax-0001.tif"), fax);
        await File.WriteAllBytesAsync(Path.Combine(folder, "empty.pdf"), []);
        await Eventually.Get(() => Task.FromResult(File.Exists(Path.Combine(folder, "failed", "empty.pdf.reason.txt"))), found => found, "the empty file to be refused");
        await Eventually.Get(() => Task.FromResult(File.Exists(Path.Combine(folder, "processed", "fax-0001.1.tif"))), taken => taken, "the fax dropped again to be taken");
        var view = await admin.GetJson($"/api/capture-points/{id}");
        await Disable(admin, id, view);

        Assert.Equal(("Fax", "NewOrderDraft"), (routed["channel"]!.GetValue<string>(), routed["documents"]![0]!["route"]!["kind"]!.GetValue<string>()));
        Assert.Equal(1L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.parcels WHERE capture_point_id = @id", ("id", id)));
        Assert.Contains("empty", await File.ReadAllTextAsync(Path.Combine(folder, "failed", "empty.pdf.reason.txt")));
        Assert.Equal((2, 1), (view["statistics"]!["delivered"]!.GetValue<int>(), view["statistics"]!["refused"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Only_administrators_configure_capture_points_and_managers_do_not_see_them()
    {
        var clerk = await LogIn("clerk");
        var settings = new { kind = "Folder", enabled = false, channel = "Folder", pollEvery = "00:00:05", folder = new { path = "/tmp", stableFor = "00:00:01" } };

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Put("/api/capture-points/not-mine", settings)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.Get("/api/capture-points")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await LogIn("manager")).Get("/api/capture-points")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await LogIn("admin")).Put("/api/capture-points/relative", settings with { folder = new { path = "relative/path", stableFor = "00:00:01" } })).StatusCode);
    }

    [Fact]
    public async Task Clerks_list_the_enabled_scanner_stations_by_id_and_nothing_else_of_the_capture_points()
    {
        var admin = await LogIn("admin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (station, retired, folder) = ($"scan-{suffix}", $"scan-old-{suffix}", $"pickup-{suffix}");
        await Json(await admin.Put($"/api/capture-points/{station}", new { kind = "ScannerStation", enabled = true, channel = "Scanner", pollEvery = "00:01:00" }), HttpStatusCode.OK);
        await Json(await admin.Put($"/api/capture-points/{retired}", new { kind = "ScannerStation", enabled = false, channel = "Scanner", pollEvery = "00:01:00" }), HttpStatusCode.OK);
        await Json(await admin.Put($"/api/capture-points/{folder}", new
        {
            kind = "Folder", enabled = false, channel = "Folder", pollEvery = "00:00:05", folder = new { path = "/tmp", stableFor = "00:00:01" },
        }), HttpStatusCode.OK);

        var listed = System.Text.Json.Nodes.JsonNode.Parse(await (await LogIn("clerk")).Http.GetStringAsync("/api/scanner-stations"))!.AsArray();

        var ids = listed.Select(entry => entry!["id"]!.GetValue<string>()).ToArray();
        Assert.Contains(station, ids);
        Assert.DoesNotContain(retired, ids);
        Assert.DoesNotContain(folder, ids);
        Assert.All(listed, entry => Assert.Equal(["id"], entry!.AsObject().Select(property => property.Key)));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await LogIn("manager")).Get("/api/scanner-stations")).StatusCode);
    }

    internal static async Task Disable(DexFlowHttpClient admin, string id, System.Text.Json.Nodes.JsonObject view)
    {
        view["enabled"] = false;
        await Json(await admin.Put($"/api/capture-points/{id}", view), HttpStatusCode.OK);
    }

    internal static async Task Append(DovecotServer imap, IEnumerable<string> samples)
    {
        using var client = await Connect(imap);
        foreach (var sample in samples)
        {
            await client.Inbox.AppendAsync(await MimeMessage.LoadAsync(new MemoryStream(ParcelIntakeTests.Sample(sample))));
        }
    }

    private static async Task<(int Inbox, int Processed)> Counts(DovecotServer imap)
    {
        using var client = await Connect(imap);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var inbox = client.Inbox.Count;
        var processed = await client.GetFolderAsync("Processed");
        await processed.OpenAsync(FolderAccess.ReadOnly);
        return (inbox, processed.Count);
    }

    private static async Task<ImapClient> Connect(DovecotServer imap)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", imap.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(DovecotServer.User, DovecotServer.Password);
        return client;
    }

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
