using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Grains.Capture;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Capture points reach only the folders and mail servers operators allowed, and their errors say what to fix, not what is there.</summary>
[Collection(ApiCollection.Name)]
public sealed class CaptureLimitsTests(ApiFixture fixture)
{
    public static TheoryData<string, string?, string?, string> FoldersOutsideTheRoots() => new()
    {
        { "/etc/cron.d", null, null, "folder.path" },
        { "/", null, null, "folder.path" },
        { "{root}/../../{outside}", null, null, "folder.path" },
        { "{root}/link-out", null, null, "folder.path" },
        { "{root}/link-out/deeper", null, null, "folder.path" },
        { "{root}", "/etc/cron.d", null, "folder.processedFolder" },
        { "{root}", null, "{root}/link-out", "folder.failedFolder" },
    };

    [Theory]
    [MemberData(nameof(FoldersOutsideTheRoots))]
    public async Task Watched_folders_and_where_their_files_go_must_lie_inside_an_allowed_root(string path, string? processed, string? failed, string field)
    {
        var root = CaptureFolders.Create("limits-");
        var outside = Directory.CreateTempSubdirectory("dexflow-outside-").FullName;
        Directory.CreateSymbolicLink(Path.Combine(root, "link-out"), outside);
        string? At(string? template) => template?.Replace("{root}", root).Replace("{outside}", Path.GetFileName(outside));
        var admin = await LogIn("admin");

        // Should a refusal ever fail, the point takes only files left unchanged for a day since it first saw them, so
        // this test never moves a file out of /etc or / (as a run against code without the check once did).
        var refused = await Json(await admin.Put($"/api/capture-points/{NewId("out")}", new
        {
            kind = "Folder", enabled = true, channel = "Folder", pollEvery = "1.00:00:00",
            folder = new { path = At(path), stableFor = "1.00:00:00", processedFolder = At(processed), failedFolder = At(failed) },
        }), HttpStatusCode.BadRequest);
        var id = NewId("in");
        var allowed = await Json(await admin.Put($"/api/capture-points/{id}", new
        {
            kind = "Folder", enabled = true, channel = "Folder", pollEvery = "1.00:00:00",
            folder = new { path = root, stableFor = "1.00:00:00", processedFolder = Path.Combine(root, "done") },
        }), HttpStatusCode.OK);
        await Disable(admin, id, allowed);

        Assert.Equal([field], refused["errors"]!.AsObject().Select(error => error.Key));
        Assert.Contains(CaptureFolders.Root, refused["errors"]![field]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Mailboxes_may_only_be_on_allowed_mail_servers()
    {
        var admin = await LogIn("admin");

        var refused = await Json(await admin.Put($"/api/capture-points/{NewId("mail")}", Mailbox("10.20.30.40", 143, "user", "secret")),
            HttpStatusCode.BadRequest);

        Assert.Equal(["imap.host"], refused["errors"]!.AsObject().Select(error => error.Key));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task An_enabled_mailbox_is_refused_without_its_password_and_a_disabled_one_is_not(string? password)
    {
        var admin = await LogIn("admin");
        var id = NewId("mail");

        var refused = await Json(await admin.Put($"/api/capture-points/{id}", Mailbox(CaptureFolders.MailHost, 143, "user", password!)), HttpStatusCode.BadRequest);
        var disabled = await Json(await admin.Put($"/api/capture-points/{id}", Mailbox(CaptureFolders.MailHost, 143, "user", password!, enabled: false)), HttpStatusCode.OK);

        Assert.Equal(["imap.password"], refused["errors"]!.AsObject().Select(error => error.Key));
        Assert.False(disabled["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Failed_polls_show_clerks_what_to_fix_without_addresses_paths_or_server_replies()
    {
        await using var imap = await DovecotServer.StartAsync();
        var admin = await LogIn("admin");
        var clerk = await LogIn("clerk");
        var points = new Dictionary<string, (object Settings, string Shown)>
        {
            [NewId("closed")] = (Mailbox(CaptureFolders.MailHost, DexFlowProcess.FreePort(), "user", "secret"), CaptureFailures.CannotConnect),
            [NewId("login")] = (Mailbox(CaptureFolders.MailHost, imap.Port, DovecotServer.User, "not-the-password"), CaptureFailures.LoginRefused),
            [NewId("mailbox")] = (Mailbox(CaptureFolders.MailHost, imap.Port, DovecotServer.User, DovecotServer.Password, "No/Such/Mailbox"), CaptureFailures.MailboxMissing),
            [NewId("missing")] = (Folder(Path.Combine(CaptureFolders.Root, "never-created-" + Guid.NewGuid().ToString("N")[..8])), CaptureFailures.FolderMissing),
        };

        foreach (var (id, (settings, _)) in points)
        {
            await Json(await admin.Put($"/api/capture-points/{id}", settings), HttpStatusCode.OK);
        }

        foreach (var (id, (_, shown)) in points)
        {
            var view = await Eventually.Get(() => clerk.GetJson($"/api/capture-points/{id}"), view => view["statistics"]!["lastError"] is not null,
                $"capture point {id} to report its failure");
            await Disable(admin, id, view);
            Assert.Equal(shown, view["statistics"]!["lastError"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_watched_folder_swapped_for_a_link_out_of_the_roots_is_no_longer_read()
    {
        var folder = CaptureFolders.Create("swapped-");
        var outside = Directory.CreateTempSubdirectory("dexflow-outside-").FullName;
        var secret = Path.Combine(outside, "secret.pdf");
        await File.WriteAllBytesAsync(secret, ParcelIntakeTests.Sample("s032-fax-po.tif"));
        var admin = await LogIn("admin");
        var id = NewId("swap");
        await Json(await admin.Put($"/api/capture-points/{id}", Folder(folder)), HttpStatusCode.OK);

        Directory.Delete(folder);
        Directory.CreateSymbolicLink(folder, outside);
        var view = await Eventually.Get(() => admin.GetJson($"/api/capture-points/{id}"),
            view => view["statistics"]!["lastError"]?.GetValue<string>() == CaptureFailures.FolderNotAllowed, "the capture point to refuse its folder");
        await Disable(admin, id, view);

        Assert.Equal(CaptureFailures.FolderNotAllowed, view["statistics"]!["lastError"]!.GetValue<string>());
        Assert.Equal(["secret.pdf"], Directory.GetFileSystemEntries(outside).Select(Path.GetFileName));
        Assert.Equal(0L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.parcels WHERE capture_point_id = @id", ("id", id)));
    }

    [Fact]
    public async Task Links_dropped_into_a_watched_folder_are_set_aside_unread()
    {
        var folder = CaptureFolders.Create("links-");
        var outside = Directory.CreateTempSubdirectory("dexflow-outside-").FullName;
        var secret = Path.Combine(outside, "secret.tif");
        await File.WriteAllBytesAsync(secret, ParcelIntakeTests.Sample("s032-fax-po.tif"));
        var admin = await LogIn("admin");
        var id = NewId("links");
        await Json(await admin.Put($"/api/capture-points/{id}", Folder(folder)), HttpStatusCode.OK);

        File.CreateSymbolicLink(Path.Combine(folder, "secret.tif"), secret);
        var reason = Path.Combine(folder, "failed", "secret.tif.reason.txt");
        await Eventually.Get(() => Task.FromResult(File.Exists(reason)), found => found, "the link to be set aside");
        var view = await admin.GetJson($"/api/capture-points/{id}");
        await Disable(admin, id, view);

        Assert.Contains("symbolic links", await File.ReadAllTextAsync(reason));
        Assert.True(File.Exists(secret));
        Assert.Equal((0, 1), (view["statistics"]!["delivered"]!.GetValue<int>(), view["statistics"]!["refused"]!.GetValue<int>()));
        Assert.Equal(0L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.parcels WHERE capture_point_id = @id", ("id", id)));
    }

    private static object Folder(string path) => new
    {
        kind = "Folder", enabled = true, channel = "Folder", pollEvery = "00:00:00.200",
        folder = new { path, stableFor = "00:00:00.200" },
    };

    private static object Mailbox(string host, int port, string userName, string password, string mailbox = "INBOX", bool enabled = true) => new
    {
        kind = "Imap", enabled, channel = "Email", pollEvery = "00:00:00.500",
        imap = new { host, port, security = "None", userName, password, mailbox },
    };

    private static async Task Disable(DexFlowHttpClient admin, string id, JsonObject view)
    {
        var settings = view.DeepClone().AsObject();
        settings["enabled"] = false;
        await Json(await admin.Put($"/api/capture-points/{id}", settings), HttpStatusCode.OK);
    }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
