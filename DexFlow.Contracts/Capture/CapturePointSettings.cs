using DexFlow.Contracts.Parcels;

namespace DexFlow.Contracts.Capture;

/// <summary>A capture point's configuration. <see cref="Channel"/> marks what arrives (e.g. a folder or mailbox that receives faxes).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.capture-point-settings")]
public sealed record CapturePointSettings(
    [property: Id(0)] CaptureKind Kind,
    [property: Id(1)] bool Enabled,
    [property: Id(2)] CaptureChannel Channel,
    [property: Id(3)] TimeSpan PollEvery,
    [property: Id(4)] FolderSettings? Folder,
    [property: Id(5)] ImapSettings? Imap);

/// <summary>
/// A watched folder: a file is taken once its size and time have not changed for <see cref="StableFor"/>, and moved to
/// the processed folder (or, when it is refused, the failed folder) only after its parcel is durable.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.folder-settings")]
public sealed record FolderSettings(
    [property: Id(0)] string Path,
    [property: Id(1)] TimeSpan StableFor,
    [property: Id(2)] string? ProcessedFolder,
    [property: Id(3)] string? FailedFolder);

/// <summary>An IMAP mailbox: unseen messages become parcels, then are flagged seen and moved to <see cref="ProcessedMailbox"/>.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.imap-settings")]
public sealed record ImapSettings(
    [property: Id(0)] string Host,
    [property: Id(1)] int Port,
    [property: Id(2)] ImapSecurity Security,
    [property: Id(3)] string UserName,
    [property: Id(4)] string? Password,
    [property: Id(5)] string Mailbox,
    [property: Id(6)] string? ProcessedMailbox);
