using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace DexFlow.Benchmarks;

/// <summary>
/// REST intake as a capture client sees it: a multipart upload answered 202 once content and parcel are durable.
/// Every upload is new content (no deduplication helps), and content a parcel refuses at once, so that the two cores
/// measure acknowledgements rather than OCR of what was acknowledged.
/// </summary>
public sealed class IntakeScenario(Uri api)
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };
    private long _counter;

    public HttpClient Http => _http;

    public async Task LogIn(string user)
    {
        var response = await _http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = "dexflow-demo" });
        var token = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public async Task Upload(byte[] template)
    {
        var payload = (byte[])template.Clone();
        BitConverter.TryWriteBytes(payload, Interlocked.Increment(ref _counter));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(payload), "files", "scan.bin" } };
        using var response = await _http.PostAsync("/api/parcels", form);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new HttpRequestException($"upload: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
