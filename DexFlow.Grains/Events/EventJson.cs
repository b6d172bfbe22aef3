using System.Text.Json;
using DexFlow.Contracts.Events;

namespace DexFlow.Grains.Events;

/// <summary>An event as JSON, as the API, webhooks and stored notifications carry it (camelCase, like every DexFlow answer).</summary>
public static class EventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(DomainEvent domainEvent) => JsonSerializer.Serialize(domainEvent, Options);

    public static DomainEvent Read(string json) => JsonSerializer.Deserialize<DomainEvent>(json, Options)
        ?? throw new JsonException("A stored event was null.");
}
