using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using DexFlow.Testing;
using Xunit.Abstractions;

namespace DexFlow.Api.Tests;

/// <summary>
/// Walks every operation of the OpenAPI document with hostile path and query parameters, headers and bodies, as every
/// role and anonymously: no answer is a 5xx, and every 4xx is an RFC 7807 problem.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class OpenApiWalkTests(ApiFixture fixture, ITestOutputHelper output)
{
    /// <summary>Values that have broken services before: empty, huge, negative, overflowing, encoded, control characters, paths, markup.</summary>
    private static readonly string[] Nasty =
    [
        "", " ", "0", "-1", "2147483647", "-2147483648", "9223372036854775808", "1e309", "NaN", "true", "null", "[]", "{}",
        "\0", "a\u0000b", "\u0007\u001b[31m", "\ud800", "%00", "%", "%%32%65", "../../etc/passwd", "..\\..\\windows", "/", "//",
        "' OR 1=1 --", "\"; DROP TABLE dexflow.orders; --", "<script>alert(1)</script>", "${jndi:ldap://x}", "{{7*7}}",
        "2026-000101", "p-000000000000000000000000", "p-000000000000000000000000-d1", "p-000000000000000000000000-d9999",
        "Ä中文🙂", new string('x', 5000), "0001-01-01", "9999-12-31T23:59:59Z", "00:00:00", "-00:00:01", "10675199.02:48:05.4775807",
    ];

    private static readonly Gen<string> Hostile = Gen.Frequency((3, Gen.OneOf(Nasty)), (1, Gen.String), (1, Gen.String[Gen.Char.AlphaNumeric, 0, 40]));

    [Fact]
    public async Task Every_operation_answers_hostile_parameters_and_bodies_without_a_5xx_and_with_a_problem_for_every_4xx()
    {
        var document = JsonNode.Parse(await (await fixture.Api.Address.Get("/swagger/v1/swagger.json")).Content.ReadAsStringAsync())!;
        var operations = Operations(document).ToArray();
        var people = await Task.WhenAll(new[] { "admin", "manager", "accountant", "qa", "planner", "operator", "clerk", "auditor" }
            .Select(user => DexFlowHttpClient.LogIn(fixture.Api.Address, user)));
        var clients = people.Append(new DexFlowHttpClient(new HttpClient { BaseAddress = fixture.Api.Address })).ToArray();
        var failures = new ConcurrentBag<string>();
        var sent = 0;

        // Every operation with every nasty value in every parameter and as every body shape, then random mixtures.
        foreach (var operation in operations)
        {
            foreach (var value in Nasty)
            {
                await Check(clients[sent++ % clients.Length], operation.Request(_ => value, BodyShapes(operation, document, value)[sent % 8]));
            }
        }

        var mixtures = Gen.Select(Gen.OneOf(operations), Hostile, Gen.Int[0, 7], Gen.Int[0, clients.Length - 1]);
        await mixtures.SampleAsync(async (operation, value, shape, client) =>
        {
            await Check(clients[client], operation.Request(name => name.Length % 2 == 0 ? value : Nasty[(name.Length + shape) % Nasty.Length], BodyShapes(operation, document, value)[shape]));
            return true;
        }, iter: 1500, threads: 2);

        output.WriteLine($"{operations.Length} operations, {sent + 1500} requests");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(30)));

        async Task Check(DexFlowHttpClient client, HttpRequestMessage request)
        {
            var summary = $"{request.Method} {request.RequestUri}";
            // Headers first: the event stream's answer never ends, and its status is all there is to check.
            using var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var type = response.Content.Headers.ContentType?.MediaType;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} for {summary}: {await response.Content.ReadAsStringAsync()}");
            }
            else if ((int)response.StatusCode >= 400 && type != "application/problem+json" && !RefusedByKestrel(request, response))
            {
                failures.Add($"{(int)response.StatusCode} without a problem ({type}) for {summary}");
            }
        }
    }

    /// <summary>
    /// Kestrel itself refuses a request line longer than its limit (414) or whose path decodes to a NUL character (400),
    /// with an empty body, before DexFlow's pipeline sees the request: no application can answer those with a problem.
    /// </summary>
    private static bool RefusedByKestrel(HttpRequestMessage request, HttpResponseMessage response) =>
        response.Content.Headers.ContentLength == 0
        && (response.StatusCode == HttpStatusCode.RequestUriTooLong
            || (response.StatusCode == HttpStatusCode.BadRequest && request.RequestUri!.OriginalString.Split('?')[0].Contains("%00", StringComparison.Ordinal)));

    /// <summary>Bodies an operation might get: none, malformed, the wrong JSON kind, and objects with its own property names holding wrong or hostile values.</summary>
    private static string?[] BodyShapes(Operation operation, JsonNode document, string value)
    {
        if (operation.BodyType is null)
        {
            return [null, null, null, null, null, null, null, null];
        }

        var properties = PropertiesOf(operation.BodySchema, document, depth: 0);
        string Object(Func<int, JsonNode?> valueAt) =>
            new JsonObject(properties.Select((name, index) => KeyValuePair.Create(name, valueAt(index)))).ToJsonString();
        return
        [
            null,
            "{",
            "[]",
            "null",
            JsonValue.Create(value).ToJsonString(),
            Object(_ => JsonValue.Create(value)),
            Object(index => index % 3 == 0 ? JsonValue.Create(-1) : index % 3 == 1 ? new JsonArray(JsonValue.Create(value), null) : new JsonObject { ["x"] = value }),
            Object(_ => null),
        ];
    }

    private static string[] PropertiesOf(JsonNode? schema, JsonNode document, int depth)
    {
        if (schema?["$ref"]?.GetValue<string>() is { } reference && depth < 3)
        {
            return PropertiesOf(document["components"]!["schemas"]![reference.Split('/')[^1]], document, depth + 1);
        }

        return schema?["properties"]?.AsObject().Select(property => property.Key).ToArray() ?? [];
    }

    private static IEnumerable<Operation> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(parameter => (Name: parameter!["name"]!.GetValue<string>(), In: parameter["in"]!.GetValue<string>()))
                    .Where(parameter => parameter.In is "path" or "query")
                    .ToArray();
                var content = operation["requestBody"]?["content"]?.AsObject();
                var bodyType = content?.Select(entry => entry.Key).FirstOrDefault();
                yield return new Operation(new HttpMethod(method.ToUpperInvariant()), path, parameters, bodyType, bodyType is null ? null : content![bodyType]!["schema"]);
            }
        }
    }

    private sealed record Operation(HttpMethod Method, string Path, (string Name, string In)[] Parameters, string? BodyType, JsonNode? BodySchema)
    {
        public HttpRequestMessage Request(Func<string, string> valueOf, string? body)
        {
            var path = Parameters.Where(parameter => parameter.In == "path")
                .Aggregate(Path, (url, parameter) => url.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(valueOf(parameter.Name) is { Length: > 0 } text ? text : "x")));
            var query = string.Join("&", Parameters.Where(parameter => parameter.In == "query")
                .Select(parameter => $"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(valueOf(parameter.Name))}"));
            var request = new HttpRequestMessage(Method, query.Length > 0 ? $"{path}?{query}" : path);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(BodyType == "multipart/form-data" ? "multipart/form-data; boundary=hostile" : BodyType!);
            }

            // Headers carry hostile values too, where HTTP can carry them at all (no control characters).
            var header = valueOf("If-Match");
            var printable = header.All(character => character is >= ' ' and <= '~') ? header : "hostile";
            request.Headers.TryAddWithoutValidation("If-Match", printable.Length % 3 == 0 ? $"\"{printable}\"" : printable);
            request.Headers.TryAddWithoutValidation("Idempotency-Key", printable);
            return request;
        }
    }
}

internal static class UriGet
{
    public static Task<HttpResponseMessage> Get(this Uri api, string path) => new HttpClient { BaseAddress = api }.GetAsync(path);
}
