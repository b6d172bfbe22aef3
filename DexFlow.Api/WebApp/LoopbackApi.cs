using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace DexFlow.Api.WebApp;

/// <summary>
/// How pages rendered by this process reach DexFlow's REST API: over loopback to this very process, with the person's
/// token, so that a page rendered here can show no more than the API allows, exactly as in the browser. One connection
/// pool serves every circuit.
/// </summary>
public sealed partial class LoopbackApi(IServer server, IOptions<WebAppOptions> options) : IDisposable
{
    private Uri? _address;

    public HttpMessageHandler Transport { get; } = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1) };

    /// <summary>The configured address, else the first one this process listens on (HTTP preferred), wildcards as loopback.</summary>
    public Uri Address => _address ??= options.Value.ApiAddress ?? Listening();

    private Uri Listening()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.OrderBy(address => address.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
            ?? throw new InvalidOperationException("The server listens on no address, so pages rendered here cannot reach the API: set DexFlow:Web:ApiAddress.");
        return new Uri(Loopback(chosen));
    }

    /// <summary>A listening address with its wildcard host (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>) made a loopback one.</summary>
    public static string Loopback(string address) =>
        Wildcard().Replace(address, match => $"://{(match.Groups["host"].Value == "[::]" ? "[::1]" : "127.0.0.1")}");

    [GeneratedRegex(@"://(?<host>\+|\*|0\.0\.0\.0|\[::\])(?=[:/]|$)")]
    private static partial Regex Wildcard();

    public void Dispose() => Transport.Dispose();
}
