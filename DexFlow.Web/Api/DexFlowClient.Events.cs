using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components.WebAssembly.Http;

namespace DexFlow.Web.Api;

public sealed partial class DexFlowClient
{
    /// <summary>
    /// What happens to the orders and parcels the user may see, as it happens (<c>GET /api/events</c>): the type of
    /// each event, until the stream ends or is cancelled. In the browser the answer is read as it streams in.
    /// </summary>
    public async IAsyncEnumerable<string> Events([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/events");
        request.SetBrowserResponseStreamingEnabled(true);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccess(response, cancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                yield return line["event: ".Length..];
            }
        }
    }
}
