using System.Collections.Immutable;
using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Notifications;

/// <summary>A user who can be told by e-mail: an active user with an address, and their settings.</summary>
public sealed record Subscriber(Caller Caller, string Address, bool Digest, ImmutableArray<string> Muted);
