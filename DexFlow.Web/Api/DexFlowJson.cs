using System.Text.Json;
using System.Text.Json.Serialization;

namespace DexFlow.Web.Api;

/// <summary>The API's JSON: camelCase names, enums by name (tolerating names a newer server adds), nulls left out.</summary>
public static class DexFlowJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new TolerantEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
