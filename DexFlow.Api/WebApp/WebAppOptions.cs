namespace DexFlow.Api.WebApp;

/// <summary>How the web application's pages are rendered (settings <c>DexFlow:Web:*</c>).</summary>
public sealed class WebAppOptions
{
    public WebRenderMode RenderMode { get; set; } = WebRenderMode.Server;

    /// <summary>
    /// Where pages rendered by this process call the REST API; by default this process itself over loopback. Set it when
    /// the process listens on HTTPS only under a name its certificate does not give to 127.0.0.1.
    /// </summary>
    public Uri? ApiAddress { get; set; }
}

/// <summary>Where the web application runs (docs/ui.md has the figures behind the default).</summary>
public enum WebRenderMode
{
    /// <summary>
    /// Every visit runs on this process, over the page's WebSocket to it (interactive server rendering): the sign-in page
    /// in under a second, nothing to download first, and every new tab as fast.
    /// </summary>
    Server,

    /// <summary>A first visit runs on this process while the browser fetches the WebAssembly runtime; later visits run in the browser.</summary>
    Auto,

    /// <summary>Every visit runs in the browser, after the runtime is downloaded.</summary>
    WebAssembly,
}
