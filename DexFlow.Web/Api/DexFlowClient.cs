using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace DexFlow.Web.Api;

/// <summary>
/// The one way the app talks to DexFlow: its REST API, with the signed-in user's bearer token (added by
/// <see cref="Auth.BearerTokenHandler"/>). Every refusal becomes an <see cref="ApiProblemException"/> carrying the problem.
/// Each feature's calls live in their own part (<c>DexFlowClient.&lt;Feature&gt;.cs</c>) and use the helpers here.
/// </summary>
public sealed partial class DexFlowClient(HttpClient http)
{
    public async Task<TokenResponse> SignIn(string userName, string password, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("api/auth/token", new { userName, password }, DexFlowJson.Options, cancellationToken);
        return await Read<TokenResponse>(response, cancellationToken);
    }

    /// <summary>New tokens for a refresh token; null when the API refuses it (used, expired, revoked, or its user disabled).</summary>
    public async Task<TokenResponse?> Refresh(string refreshToken, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("api/auth/refresh", new { refreshToken }, DexFlowJson.Options, cancellationToken);
        return response.StatusCode == HttpStatusCode.Unauthorized ? null : await Read<TokenResponse>(response, cancellationToken);
    }

    /// <summary>Ends the session the refresh token belongs to.</summary>
    public async Task EndSession(string refreshToken, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync("api/auth/sign-out", new { refreshToken }, DexFlowJson.Options, cancellationToken);
        await EnsureSuccess(response, cancellationToken);
    }

    /// <summary>Who a token belongs to; the token is given here because it is not yet the session's.</summary>
    public async Task<Me> Me(string? token = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/me");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return await Read<Me>(response, cancellationToken);
    }

    /// <summary>The inbox, or null when it is unchanged since the answer tagged <paramref name="etag"/> (polling costs a 304 then).</summary>
    public Task<Tagged<InboxPage>?> Inbox(InboxFilter? filter, int page, int pageSize, string? etag = null, bool oldestFirst = false,
        CancellationToken cancellationToken = default) =>
        GetIfChanged<InboxPage>(Query("api/inbox", ("filter", filter?.ToString()), ("oldestFirst", oldestFirst ? "true" : null),
            ("page", page.ToString()), ("pageSize", pageSize.ToString())), etag, cancellationToken);

    public Task<OrderPage> Orders(OrderFilter filter, int page, int pageSize, CancellationToken cancellationToken = default) =>
        Get<OrderPage>(Query("api/orders", ("stage", filter.Stage?.ToString()), ("customer", filter.Customer), ("text", filter.Text),
            ("archived", filter.Archived?.ToString().ToLowerInvariant()), ("page", page.ToString()), ("pageSize", pageSize.ToString())), cancellationToken);

    public Task<OrderView> Order(string number, CancellationToken cancellationToken = default) =>
        Get<OrderView>($"api/orders/{Uri.EscapeDataString(number)}", cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> History(string number, CancellationToken cancellationToken = default) =>
        Get<IReadOnlyList<AuditEntry>>($"api/orders/{Uri.EscapeDataString(number)}/history", cancellationToken);

    /// <summary>Carries out a one-click action (<see cref="OrderActions"/>) and returns the order as it is afterwards.</summary>
    public async Task<OrderView> Act(string number, OrderAction action, CancellationToken cancellationToken = default)
    {
        var (path, body) = OrderActions.Request(action);
        using var response = await http.PostAsJsonAsync($"api/orders/{Uri.EscapeDataString(number)}/{path}", body, DexFlowJson.Options, cancellationToken);
        return await Read<OrderView>(response, cancellationToken);
    }

    /// <summary>Rejects the order's review (<see cref="OrderAction.RejectQa"/> or <see cref="OrderAction.RejectAccounting"/>) with reasons.</summary>
    public async Task<OrderView> Reject(string number, OrderAction action, IReadOnlyList<string> reasons, IReadOnlyList<ChecklistAnswer>? checklist = null,
        CancellationToken cancellationToken = default)
    {
        var (path, body) = OrderActions.Rejection(action, reasons, checklist);
        using var response = await http.PostAsJsonAsync($"api/orders/{Uri.EscapeDataString(number)}/{path}", body, DexFlowJson.Options, cancellationToken);
        return await Read<OrderView>(response, cancellationToken);
    }

    /// <summary>QA approves with the checklist's results (the API refuses an approval with a mandatory item not passed).</summary>
    public async Task<OrderView> ApproveQa(string number, IReadOnlyList<ChecklistAnswer> checklist, CancellationToken cancellationToken = default)
    {
        var (path, body) = OrderActions.QaApproval(checklist);
        using var response = await http.PostAsJsonAsync($"api/orders/{Uri.EscapeDataString(number)}/{path}", body, DexFlowJson.Options, cancellationToken);
        return await Read<OrderView>(response, cancellationToken);
    }

    /// <summary>The QA checklist in force.</summary>
    public Task<QaChecklistVersion> QaChecklist(CancellationToken cancellationToken = default) =>
        Get<QaChecklistVersion>("api/qa/checklist", cancellationToken);

    public Task<DocumentContent> Document(string id, CancellationToken cancellationToken = default) =>
        Get<DocumentContent>($"api/documents/{Uri.EscapeDataString(id)}", cancellationToken);

    /// <summary>A page of a routed document as PNG (the image needs the bearer token, so it is fetched, not linked).</summary>
    public async Task<byte[]> DocumentPage(string id, int page, int width, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"api/documents/{Uri.EscapeDataString(id)}/pages/{page}/image?width={width}", cancellationToken);
        await EnsureSuccess(response, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>
    /// A clerk places a document by hand; returns its new route. Once the document is on an order or in another role's
    /// inbox the clerk may no longer open it, so the route comes from this answer, not from reading the document again.
    /// </summary>
    public async Task<DocumentRoute?> Place(string id, DocumentPlacement placement, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync($"api/documents/{Uri.EscapeDataString(id)}/route", placement, DexFlowJson.Options, cancellationToken);
        var parcel = await Read<ParcelDocuments>(response, cancellationToken);
        return parcel.Documents.FirstOrDefault(document => document.Id == id)?.Route;
    }

    /// <summary>A document's bytes; documents need the bearer token, so a plain link cannot fetch them.</summary>
    public async Task<byte[]> DocumentContent(string number, string documentId, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync($"api/orders/{Uri.EscapeDataString(number)}/documents/{Uri.EscapeDataString(documentId)}/content", cancellationToken);
        await EnsureSuccess(response, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private async Task<T> Get<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await Read<T>(response, cancellationToken);
    }

    private async Task<Tagged<T>?> GetIfChanged<T>(string path, string? etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotModified ? null : new Tagged<T>(await Read<T>(response, cancellationToken), response.Headers.ETag?.Tag);
    }

    /// <summary>Sends <paramref name="body"/> as JSON and reads the answer as <typeparamref name="T"/>.</summary>
    private Task<T> Send<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        SendWith<T>(method, path, body, [], cancellationToken);

    /// <summary><see cref="Send{T}"/> with request headers (preconditions, idempotency keys).</summary>
    private async Task<T> SendWith<T>(HttpMethod method, string path, object? body, IReadOnlyList<(string Name, string Value)> headers,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: DexFlowJson.Options) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return await Read<T>(response, cancellationToken);
    }

    /// <summary>An order's ETag is its version, quoted (DexFlow.Api's ETags).</summary>
    internal static string ETag(long version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    /// <summary>The files as the "files" parts of a multipart form (parcels, attachments); callers add their own fields.</summary>
    private static MultipartFormDataContent FilesForm(IReadOnlyList<UploadFile> files)
    {
        var form = new MultipartFormDataContent();
        foreach (var file in files)
        {
            var part = new StreamContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.TryParse(file.MediaType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", file.FileName);
        }

        return form;
    }

    private static async Task<T> Read<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccess(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(DexFlowJson.Options, cancellationToken)
               ?? throw new ApiProblemException(ApiProblem.Described("ProblemEmptyAnswer", (int)response.StatusCode));
    }

    private static async Task EnsureSuccess(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        throw new ApiProblemException(await ProblemOf(response, cancellationToken));
    }

    /// <summary>The response's problem, or a plain one when the body is not a problem (nothing of such a body is shown).</summary>
    internal static async Task<ApiProblem> ProblemOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            try
            {
                var problem = await response.Content.ReadFromJsonAsync<ApiProblem>(DexFlowJson.Options, cancellationToken);
                if (problem?.Title is not null)
                {
                    return problem with { Status = problem.Status ?? status };
                }
            }
            catch (JsonException)
            {
                // Not a problem after all: fall through to the plain description.
            }
        }

        return response.StatusCode == HttpStatusCode.Unauthorized
            ? ApiProblem.Described("ProblemSignInAgain", status)
            : ApiProblem.Described("ProblemServerAnswered", status, status.ToString(System.Globalization.CultureInfo.InvariantCulture), response.ReasonPhrase ?? "");
    }

    internal static string Query(string path, params (string Name, string? Value)[] parameters)
    {
        var given = parameters.Where(parameter => parameter.Value is not null)
            .Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value!)}");
        var query = string.Join('&', given);
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
