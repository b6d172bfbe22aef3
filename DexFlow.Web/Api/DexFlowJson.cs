using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DexFlow.Web.Api;

/// <summary>
/// The API's JSON: camelCase names, enums by name (tolerating names a newer server adds), nulls left out; the list pages
/// by generated code (<see cref="DexFlowJsonContext"/>), everything else by reflection.
/// </summary>
public static class DexFlowJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new TolerantEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(DexFlowJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}
