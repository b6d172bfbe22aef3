using System.Globalization;
using DexFlow.Contracts.Errors;

namespace DexFlow.Grains.Events;

/// <summary>
/// A place in the event log: the committing transaction and the event's id, in that order (commit order); written
/// <c>tx-id</c>. <see cref="Start"/> is before every event.
/// </summary>
[GenerateSerializer, Immutable, Alias("dexflow.event-position")]
public readonly record struct EventPosition([property: Id(0)] ulong Tx, [property: Id(1)] long Id) : IComparable<EventPosition>
{
    public static readonly EventPosition Start = new(0, 0);

    public int CompareTo(EventPosition other) => Tx != other.Tx ? Tx.CompareTo(other.Tx) : Id.CompareTo(other.Id);

    public static bool operator <(EventPosition left, EventPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(EventPosition left, EventPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(EventPosition left, EventPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(EventPosition left, EventPosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Tx}-{Id}");

    /// <summary>A position a client was given; anything else is refused as the field <paramref name="field"/>.</summary>
    public static EventPosition Parse(string text, string field)
    {
        var parts = text.Split('-');
        return parts.Length == 2
               && ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tx)
               && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new EventPosition(tx, id)
            : throw ValidationException.For(field, "Not a position DexFlow gave: resume with the id of the last event received.");
    }
}
