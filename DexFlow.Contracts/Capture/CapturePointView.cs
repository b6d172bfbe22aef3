using DexFlow.Contracts.Parcels;

namespace DexFlow.Contracts.Capture;

/// <summary>A capture point as people see it: its settings (never the mailbox password) and how it is doing.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.capture-point-view")]
public sealed record CapturePointView(
    [property: Id(0)] string Id,
    [property: Id(1)] CaptureKind Kind,
    [property: Id(2)] bool Enabled,
    [property: Id(3)] CaptureChannel Channel,
    [property: Id(4)] TimeSpan PollEvery,
    [property: Id(5)] FolderSettings? Folder,
    [property: Id(6)] ImapSettings? Imap,
    [property: Id(7)] CaptureStatistics Statistics);

[GenerateSerializer, Immutable, Alias("dexflow.capture-statistics")]
public sealed record CaptureStatistics(
    [property: Id(0)] long Delivered,
    [property: Id(1)] long Refused,
    [property: Id(2)] DateTimeOffset? LastDeliveryAt,
    [property: Id(3)] DateTimeOffset? LastPollAt,
    [property: Id(4)] string? LastError)
{
    public static CaptureStatistics None { get; } = new(0, 0, null, null, null);
}
