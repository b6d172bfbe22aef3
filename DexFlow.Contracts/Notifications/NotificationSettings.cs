using System.Collections.Immutable;

namespace DexFlow.Contracts.Notifications;

/// <summary>
/// How a user is told by e-mail of what concerns them: each event at once, or a <see cref="Digest"/> of them at the
/// digest hour; never of the event types in <see cref="Muted"/> (<c>Order.FlagDeadline</c>, <c>Parcel.*</c>, <c>*</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.notification-settings")]
public sealed record NotificationSettings([property: Id(0)] bool Digest, [property: Id(1)] ImmutableArray<string> Muted);
