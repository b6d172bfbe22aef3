using System.Net.Sockets;
using DexFlow.Contracts.Capture;
using DexFlow.Grains.Capture;
using MailKit.Security;

namespace DexFlow.Domain.Tests.Capture;

public sealed class CaptureAllowListTests
{
    [Theory]
    [InlineData("mail.example.com", "mail.example.com", 993, true)]
    [InlineData("mail.example.com", "MAIL.Example.com.", 143, true)]
    [InlineData("mail.example.com:993", "mail.example.com", 993, true)]
    [InlineData("mail.example.com:993", "mail.example.com", 25, false)]
    [InlineData("mail.example.com", "evil.example.com", 993, false)]
    [InlineData("mail.example.com", "mail.example.com.evil.test", 993, false)]
    [InlineData("[::1]:993", "::1", 993, true)]
    [InlineData("::1", "::1", 10143, true)]
    [InlineData("127.0.0.1", "localhost", 143, false)]
    [InlineData("mail.example.com:http", "mail.example.com", 80, false)]
    public void Mail_servers_are_allowed_by_host_and_optionally_port(string entry, string host, int port, bool allowed)
    {
        var allowList = new CaptureAllowList(new CaptureOptions { AllowedMailHosts = [entry] });

        Assert.Equal(allowed, allowList.AllowsMailHost(host, port));
    }

    [Fact]
    public void Nothing_is_allowed_until_operators_configure_it()
    {
        var allowList = new CaptureAllowList(new CaptureOptions());

        Assert.False(allowList.AllowsMailHost("127.0.0.1", 143));
        Assert.False(allowList.AllowsFolder(Path.GetTempPath()));
    }

    [Fact]
    public void A_folder_is_inside_a_root_only_after_dots_and_links_are_followed()
    {
        var root = Directory.CreateTempSubdirectory("dexflow-root-").FullName;
        var outside = Directory.CreateTempSubdirectory("dexflow-outside-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "scans", "inner"));
        Directory.CreateSymbolicLink(Path.Combine(root, "escape"), outside);
        Directory.CreateSymbolicLink(Path.Combine(root, "scans", "up"), "../..");
        var allowList = new CaptureAllowList(new CaptureOptions { AllowedRoots = [root + "/"] });

        Assert.True(allowList.AllowsFolder(root));
        Assert.True(allowList.AllowsFolder(Path.Combine(root, "scans")));
        Assert.True(allowList.AllowsFolder(Path.Combine(root, "not-yet-created")));
        Assert.True(allowList.AllowsFolder(Path.Combine(root, "scans", "inner", "..")));
        Assert.False(allowList.AllowsFolder(Path.Combine(root, "..")));
        Assert.False(allowList.AllowsFolder(Path.Combine(root, "scans", "..", "..", Path.GetFileName(outside))));
        Assert.False(allowList.AllowsFolder(Path.Combine(root, "escape")));
        Assert.False(allowList.AllowsFolder(Path.Combine(root, "escape", "new")));
        Assert.False(allowList.AllowsFolder(Path.Combine(root, "scans", "up")));
        Assert.False(allowList.AllowsFolder(root + "-sibling"));
        Assert.False(allowList.AllowsFolder("/etc/cron.d"));
        Assert.False(allowList.AllowsFolder("/"));
    }

    [Fact]
    public void A_root_that_is_itself_a_link_allows_where_it_leads()
    {
        var target = Directory.CreateTempSubdirectory("dexflow-real-root-").FullName;
        var link = Path.Combine(Path.GetTempPath(), "dexflow-linked-root-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateSymbolicLink(link, target);
        var allowList = new CaptureAllowList(new CaptureOptions { AllowedRoots = [link] });

        Assert.True(allowList.AllowsFolder(Path.Combine(target, "scans")));
        Assert.True(allowList.AllowsFolder(Path.Combine(link, "scans")));
    }

    public static TheoryData<CaptureKind, Exception, string> Failures() => new()
    {
        { CaptureKind.Imap, new SocketException((int)SocketError.ConnectionRefused), CaptureFailures.CannotConnect },
        { CaptureKind.Imap, new SslHandshakeException("certificate of mail.internal untrusted"), CaptureFailures.CannotConnect },
        { CaptureKind.Imap, new AuthenticationException("AUTHENTICATE failed."), CaptureFailures.LoginRefused },
        { CaptureKind.Imap, new MailKit.FolderNotFoundException("Inbox/Scans"), CaptureFailures.MailboxMissing },
        { CaptureKind.Imap, new CaptureNotAllowedException("10.0.0.5:25"), CaptureFailures.MailHostNotAllowed },
        { CaptureKind.Imap, new InvalidOperationException("The mailbox Processed could not be created."), CaptureFailures.MailFailed },
        { CaptureKind.Folder, new DirectoryNotFoundException("/srv/scans/in"), CaptureFailures.FolderMissing },
        { CaptureKind.Folder, new UnauthorizedAccessException("Access to the path '/srv/scans/in' is denied."), CaptureFailures.PermissionDenied },
        { CaptureKind.Folder, new CaptureNotAllowedException("/etc/cron.d"), CaptureFailures.FolderNotAllowed },
        { CaptureKind.Folder, new IOException("No space left on device : '/srv/scans/processed'"), CaptureFailures.FolderFailed },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_failed_poll_is_shown_as_a_fixed_sentence_that_says_what_to_fix(CaptureKind kind, Exception failure, string shown)
    {
        Assert.Equal(shown, CaptureFailures.Describe(kind, failure));
    }
}
