using System.Text.Json;
using System.Text.Json.Serialization;

namespace DexFlow.Web.Api;

/// <summary>
/// Enums by name, as the API sends them; an enum with an <c>Unknown</c> member reads a name it does not know as that
/// member, so that a server newer than the app (a new action, say) never breaks a page that only lists it.
/// </summary>
public sealed class TolerantEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly T? Unknown = Enum.TryParse<T>("Unknown", out var unknown) ? unknown : null;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && Enum.TryParse<T>(reader.GetString(), out var value) && Enum.IsDefined(value)
                ? value
                : Unknown ?? throw new JsonException($"'{reader.GetString()}' is no {typeof(T).Name}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
