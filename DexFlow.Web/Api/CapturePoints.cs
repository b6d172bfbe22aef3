namespace DexFlow.Web.Api;

// Mirrors of DexFlow.Contracts' capture points. Settings are edited, so they have settable properties.

public enum CaptureKind
{
    Folder,
    Imap,
    ScannerStation,

    /// <summary>A kind a newer server knows: listed, not editable here.</summary>
    Unknown = -1,
}

public enum CaptureChannel
{
    Upload,
    Folder,
    Email,
    Fax,
    Scanner,
    Office,
    Unknown = -1,
}

public enum ImapSecurity
{
    None,
    StartTls,
    SslOnConnect,
    Unknown = -1,
}

/// <summary>A capture point as <c>GET /api/capture-points</c> lists it (never with the mailbox password).</summary>
public sealed record CapturePointView(string Id, CaptureKind Kind, bool Enabled, CaptureChannel Channel, TimeSpan PollEvery,
    FolderSettings? Folder, ImapSettings? Imap, CaptureStatistics Statistics);

public sealed record CaptureStatistics(long Delivered, long Refused, DateTimeOffset? LastDeliveryAt, DateTimeOffset? LastPollAt, string? LastError);

/// <summary>What <c>PUT /api/capture-points/{id}</c> takes; only the settings of its <see cref="Kind"/> count.</summary>
public sealed record CapturePointSettings
{
    public CaptureKind Kind { get; set; } = CaptureKind.Folder;

    public bool Enabled { get; set; } = true;

    public CaptureChannel Channel { get; set; } = CaptureChannel.Folder;

    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(30);

    public FolderSettings? Folder { get; set; }

    public ImapSettings? Imap { get; set; }
}

/// <summary>A watched folder: a file is taken once unchanged for <see cref="StableFor"/>, then moved on.</summary>
public sealed record FolderSettings
{
    public string Path { get; set; } = "";

    public TimeSpan StableFor { get; set; } = TimeSpan.FromSeconds(5);

    public string? ProcessedFolder { get; set; }

    public string? FailedFolder { get; set; }
}

/// <summary>An IMAP mailbox. The API never returns <see cref="Password"/>, and a change without one stores none.</summary>
public sealed record ImapSettings
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 993;

    public ImapSecurity Security { get; set; } = ImapSecurity.SslOnConnect;

    public string UserName { get; set; } = "";

    public string? Password { get; set; }

    public string Mailbox { get; set; } = "INBOX";

    public string? ProcessedMailbox { get; set; }
}
