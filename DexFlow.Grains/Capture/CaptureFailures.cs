using System.Net.Sockets;
using DexFlow.Contracts.Capture;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;

namespace DexFlow.Grains.Capture;

/// <summary>
/// What a capture point shows (to administrators, clerks and auditors) when a poll fails: one fixed sentence per kind
/// of failure that says what to fix. Host names, addresses, paths and server replies stay in the log, so that the
/// capture point's error is no probe of the network or the file system.
/// </summary>
public static class CaptureFailures
{
    public const string CannotConnect =
        "Could not connect to the mail server. Check its host, port and security setting, and that it is running and reachable.";

    public const string LoginRefused = "The mail server refused the user name or password. Check them in the capture point's settings.";

    public const string MailboxMissing = "The mailbox folder does not exist on the mail server. Check the mailbox name.";

    public const string MailHostNotAllowed =
        "DexFlow may not connect to this mail server. Choose an allowed server, or ask an operator to allow it.";

    public const string MailFailed = "Reading the mailbox failed. The details are in DexFlow's log.";

    public const string FolderMissing = "The watched folder does not exist. Create it or correct the path.";

    public const string PermissionDenied =
        "DexFlow may not read or move files in the watched folder. Give DexFlow's service account read and write access to it.";

    public const string FolderNotAllowed =
        "The watched folder (or its processed or failed folder) is outside the folders DexFlow may use. Choose a folder inside an allowed one, or ask an operator to allow it.";

    public const string FolderFailed = "Reading the watched folder failed. The details are in DexFlow's log.";

    public static string Describe(CaptureKind kind, Exception exception) => kind switch
    {
        CaptureKind.Imap => exception switch
        {
            CaptureNotAllowedException => MailHostNotAllowed,
            AuthenticationException => LoginRefused,
            FolderNotFoundException => MailboxMissing,
            SocketException or SslHandshakeException or ImapProtocolException or IOException or TimeoutException => CannotConnect,
            _ => MailFailed,
        },
        _ => exception switch
        {
            CaptureNotAllowedException => FolderNotAllowed,
            DirectoryNotFoundException => FolderMissing,
            UnauthorizedAccessException => PermissionDenied,
            _ => FolderFailed,
        },
    };
}
