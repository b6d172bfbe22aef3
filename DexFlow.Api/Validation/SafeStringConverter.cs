using System.Text.Json;
using System.Text.Json.Serialization;
using DexFlow.Contracts.Validation;

namespace DexFlow.Api.Validation;

/// <summary>
/// Refuses every JSON string value with a character <see cref="SafeText"/> refuses, whatever the body: the serializer
/// adds the path, and the problem handler names that field in a 400.
/// </summary>
public sealed class SafeStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is null || SafeText.IsSafe(text) ? text : throw new JsonException(SafeText.Problem);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
