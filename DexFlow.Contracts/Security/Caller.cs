using System.Collections.Immutable;

namespace DexFlow.Contracts.Security;

/// <summary>
/// Who is asking. Every grain command and query takes the caller explicitly, so the access policy in the grain layer
/// decides for every front door alike.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.caller")]
public sealed record Caller([property: Id(0)] string UserId, [property: Id(1)] string DisplayName, [property: Id(2)] Roles Roles)
{
    /// <summary>The resources an operator works on: they see the orders with processes booked on them.</summary>
    [Id(3)] public ImmutableArray<string> Resources { get; init; } = [];

    /// <summary>
    /// DexFlow itself, named in audit trails for the steps an order or parcel takes on its own. It carries no role:
    /// automatic steps are authorised by the grain that runs them, never by a caller.
    /// </summary>
    public static Caller System { get; } = new("dexflow", "DexFlow", Roles.None);

    public bool Has(Roles role) => (Roles & role) != 0;

    /// <summary>Whether this is DexFlow itself (the API refuses tokens that claim this identity).</summary>
    public bool IsSystem => UserId == System.UserId && Roles == Roles.None;
}
