using System.Text.Json;
using DexFlow.Web.Api;

namespace DexFlow.Web.Pages.Admin;

/// <summary>
/// Editors change a deep copy of what they read, so that the version in force stays as it was (for comparison, and
/// for starting over) until the API has accepted the new one.
/// </summary>
public static class Drafts
{
    public static T Copy<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, DexFlowJson.Options), DexFlowJson.Options)!;
}
