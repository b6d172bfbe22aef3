namespace DexFlow.Grains.Events;

/// <summary>
/// The Orleans stream that carries the event log to each silo's <see cref="LiveEventsHub"/>: memory streams, the
/// fastest there are, because the log in PostgreSQL is what is durable (what a silo missed is read there;
/// docs/events.md).
/// </summary>
public static class EventStreams
{
    public const string Provider = "live";

    public static readonly StreamId All = StreamId.Create("dexflow.events", "all");
}
