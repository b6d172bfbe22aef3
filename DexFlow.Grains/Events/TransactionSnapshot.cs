using System.Collections.Immutable;
using System.Globalization;

namespace DexFlow.Grains.Events;

/// <summary>
/// A PostgreSQL snapshot (<c>pg_snapshot</c>, written <c>xmin:xmax:xip,…</c>): which transactions had committed when it was
/// taken. Kept with something made at a moment (a webhook's registration), it tells exactly which events came after.
/// </summary>
public sealed record TransactionSnapshot(ulong Xmin, ulong Xmax, ImmutableHashSet<ulong> InProgress)
{
    public static TransactionSnapshot Parse(string text)
    {
        var parts = text.Split(':');
        return new TransactionSnapshot(
            ulong.Parse(parts[0], CultureInfo.InvariantCulture),
            ulong.Parse(parts[1], CultureInfo.InvariantCulture),
            [.. parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => ulong.Parse(id, CultureInfo.InvariantCulture))]);
    }

    /// <summary>Whether the transaction <paramref name="tx"/> had committed when the snapshot was taken (as <c>pg_visible_in_snapshot</c>).</summary>
    public bool Sees(ulong tx) => tx < Xmin || (tx < Xmax && !InProgress.Contains(tx));

    /// <summary>Whether <paramref name="tx"/> committed after the snapshot was taken (or was the snapshot's own transaction).</summary>
    public bool Missed(ulong tx) => !Sees(tx);
}
