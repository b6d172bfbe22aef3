using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DexFlow.Benchmarks;

/// <summary>
/// Parcels routed per second end to end without OCR: a born-digital PDF whose text layer is taken as it is and whose
/// DXF-O- barcode attaches it to its order, uploaded over REST as new parcels, timed until the last one is routed.
/// </summary>
public static class RoutedParcels
{
    public sealed record Figures(int Parcels, int Attached, double PerSecond);

    public static async Task<Figures> Run(HttpClient clerk, string file, string orderNumber, int parcels, int concurrency)
    {
        var bytes = await File.ReadAllBytesAsync(file);
        var watch = Stopwatch.StartNew();
        var locations = new string[parcels];
        await Parallel.ForAsync(0, parcels, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (index, cancellationToken) =>
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "files", Path.GetFileName(file) } };
            using var response = await clerk.PostAsync("/api/parcels", form, cancellationToken);
            locations[index] = response.StatusCode == HttpStatusCode.Accepted
                ? response.Headers.Location!.OriginalString
                : throw new HttpRequestException($"upload {(int)response.StatusCode}");
        });

        var attached = 0;
        foreach (var location in locations)
        {
            JsonObject parcel;
            while ((parcel = (await clerk.GetFromJsonAsync<JsonObject>(location))!)["stage"]!.GetValue<string>() is "Received" or "Splitting" or "Indexing" or "Routing")
            {
                await Task.Delay(20);
            }

            attached += parcel["documents"]!.AsArray().Count(document => document!["route"]?["orderNumber"]?.GetValue<string>() == orderNumber) > 0 ? 1 : 0;
        }

        return new Figures(parcels, attached, parcels / watch.Elapsed.TotalSeconds);
    }
}
