using System.Collections.Immutable;

namespace DexFlow.Contracts.Accounts;

/// <summary>One change to a user: who made it, when, and each changed field before and after (never a password).</summary>
[GenerateSerializer, Immutable, Alias("dexflow.user-audit-entry")]
public sealed record UserAuditEntry(
    [property: Id(0)] long Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ActorId,
    [property: Id(3)] string ActorName,
    [property: Id(4)] string UserId,
    [property: Id(5)] UserAction Action,
    [property: Id(6)] ImmutableDictionary<string, FieldChange> Changes);

/// <summary>A field's value before and after a change, as text.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.field-change")]
public sealed record FieldChange([property: Id(0)] string? Before, [property: Id(1)] string? After);

[GenerateSerializer]
public enum UserAction
{
    Created,
    Updated,
    Disabled,
    Enabled,
    PasswordReset,
    PasswordChanged,
}

/// <summary>A page of a user's audit, newest first; <see cref="Next"/> continues it, null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("dexflow.user-audit-page")]
public sealed record UserAuditPage(
    [property: Id(0)] ImmutableArray<UserAuditEntry> Entries,
    [property: Id(1)] long? Next);
