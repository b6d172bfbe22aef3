using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DexFlow.Grains.Accounts;

namespace DexFlow.Testing;

/// <summary>An HTTP client logged in as one demo user, speaking JSON to the API.</summary>
public sealed class DexFlowHttpClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static async Task<DexFlowHttpClient> LogIn(Uri api, string userName)
    {
        var http = new HttpClient { BaseAddress = api };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoUsers.Password });
        var token = (await Json(response, System.Net.HttpStatusCode.OK))["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new DexFlowHttpClient(http);
    }

    public Task<HttpResponseMessage> Get(string path, params (string Name, string Value)[] headers) => Send(HttpMethod.Get, path, null, headers);

    public Task<HttpResponseMessage> Post(string path, object? body = null, params (string Name, string Value)[] headers) =>
        Send(HttpMethod.Post, path, body, headers);

    public Task<HttpResponseMessage> Put(string path, object body, params (string Name, string Value)[] headers) =>
        Send(HttpMethod.Put, path, body, headers);

    /// <summary>Uploads files as multipart/form-data, with optional form fields and headers.</summary>
    public Task<HttpResponseMessage> Upload(string path, IEnumerable<(string Name, byte[] Content)> files, IDictionary<string, string>? fields = null,
        params (string Name, string Value)[] headers)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return Http.SendAsync(request);
    }

    /// <summary>
    /// Sends <paramref name="content"/> as it is. With <paramref name="expectContinue"/> the body waits for the server's
    /// go-ahead (Expect: 100-continue), as a careful client sending a large body does: a refusal then arrives before
    /// the body is sent, instead of racing it on the wire.
    /// </summary>
    public Task<HttpResponseMessage> SendRaw(HttpMethod method, string path, string content, string mediaType = "application/json", bool expectContinue = false)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(content, Encoding.UTF8, mediaType) };
        request.Headers.ExpectContinue = expectContinue;
        return Http.SendAsync(request);
    }

    public async Task<JsonObject> GetJson(string path)
    {
        var response = await Get(path);
        return await Json(response, System.Net.HttpStatusCode.OK);
    }

    /// <summary>The response body as JSON, after checking the status (the body is in the failure message when it differs).</summary>
    public static async Task<JsonObject> Json(HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new Xunit.Sdk.XunitException($"Expected {(int)expected} {expected} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode}: {text}");
        }

        return JsonNode.Parse(text)!.AsObject();
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body, (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return Http.SendAsync(request);
    }
}
