using Xunit.Abstractions;

namespace DexFlow.Web.Tests.Browser;

/// <summary>
/// Where the app runs: on the server by default, so that the sign-in page is there without waiting for the WebAssembly
/// runtime; in the Auto mode a first visit runs on the server and later ones in the browser once the runtime is in its
/// cache; in the WebAssembly mode every visit runs in the browser (docs/ui.md).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RenderModeTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public void A_first_visit_with_a_cold_cache_runs_on_the_server_unless_every_visit_is_to_run_in_the_browser()
    {
        var load = fixture.FirstLoad!;
        // The test host serves the build output: untrimmed assemblies, and the SDK stores build-time gzip files without
        // compressing them. docs/ui.md has the figures of a published app (trimmed, Brotli), measured with
        // scripts/measure-first-load.mjs; here the bound only catches a load that hangs or a runaway download.
        output.WriteLine($"First load (cold cache, loopback, {load.Renderer}): {load.Milliseconds:F0} ms until the sign-in form, "
                         + $"{load.TransferBytes / 1024.0:F0} KiB transferred in {load.Requests} requests; largest: {load.Largest}.");

        Assert.Equal(fixture.RenderMode == "WebAssembly" ? "WebAssembly" : "Server", load.Renderer);
        Assert.InRange(load.Milliseconds, 1, 45_000);
        Assert.InRange(load.TransferBytes, 1, 64 * 1024 * 1024);
    }

    [Fact]
    public void Later_visits_run_where_the_render_mode_says_and_a_signed_in_user_stays_signed_in_across_them()
    {
        app.SignIn("manager");
        Assert.Equal(fixture.LaterVisitsRenderer, app.Renderer());

        app.Driver.Navigate().Refresh();
        app.WaitFor("[data-test=user-name]", "the manager still signed in after a reload");

        Assert.Equal(fixture.LaterVisitsRenderer, app.Renderer());
        Assert.Empty(app.BrowserErrors());
    }
}
