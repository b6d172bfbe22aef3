using System.Text.Json;
using System.Text.Json.Serialization;

namespace DexFlow.Web.Api;

/// <summary>
/// Serializer code generated at build time for the pages of the longest lists. The browser's runtime interprets .NET
/// and cannot emit code, so reading 200 orders by reflection costs far more there than the generated readers do;
/// every other shape is still read by reflection (<see cref="DexFlowJson"/> combines both).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OrderPage))]
[JsonSerializable(typeof(InboxPage))]
[JsonSerializable(typeof(ParcelQueuePage))]
internal sealed partial class DexFlowJsonContext : JsonSerializerContext;
