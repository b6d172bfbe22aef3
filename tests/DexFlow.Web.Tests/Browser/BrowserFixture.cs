using DexFlow.Testing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DexFlow.Web.Tests.Browser;

/// <summary>
/// The API (serving the web application at /) on a test cluster, and one headless Chromium shared by the collection's
/// tests: starting a browser and loading the app's runtime costs seconds, a sign-in costs milliseconds. The API accepts
/// the fake OpenID Connect provider's tokens and the app offers sign-in with it, as an installation with one does.
/// </summary>
public sealed class BrowserFixture : ApiFixture
{
    public const string ProviderClientId = "dexflow-web";
    public const string ProviderAudience = "dexflow-api-browser";
    public const string ProviderName = "Fake SSO";

    // Debian's browser and driver: nothing can be downloaded here, so Selenium Manager must not be asked for either.
    private const string Chromium = "/usr/bin/chromium";
    private const string DriverFolder = "/usr/bin";
    private const string DriverFile = "chromedriver";

    public ChromeDriver Driver { get; private set; } = null!;

    /// <summary>The OpenID Connect provider the app offers beside DexFlow's own accounts; tests add the people it signs in.</summary>
    public FakeOidcProvider Provider { get; private set; } = null!;

    /// <summary>How the first load of the app went in this browser, whose cache was empty.</summary>
    public FirstLoad? FirstLoad { get; set; }

    /// <summary>
    /// Where the API runs the app (DexFlow:Web:RenderMode): the default (Server) unless DEXFLOW_WEB_RENDER_MODE says
    /// otherwise, as scripts/test.sh does to run the browser tests once more in the browser's WebAssembly runtime.
    /// </summary>
    public string RenderMode { get; } = Environment.GetEnvironmentVariable("DEXFLOW_WEB_RENDER_MODE") is { Length: > 0 } mode ? mode : "Server";

    /// <summary>Where the pages run after the first visit: the WebAssembly runtime is in this browser's cache by then.</summary>
    public string LaterVisitsRenderer => RenderMode == "Server" ? "Server" : "WebAssembly";

    public override async Task InitializeAsync()
    {
        Provider = await FakeOidcProvider.StartAsync();
        await base.InitializeAsync();
        Provider.AddClient(new FakeOidcClient(ProviderClientId, new Uri(Api.Address, "sign-in/callback"), ProviderAudience));
        var service = ChromeDriverService.CreateDefaultService(DriverFolder, DriverFile);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
            "--disable-extensions", "--no-first-run", "--lang=en-GB");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
        FirstLoad = MeasureFirstLoad();
        if (RenderMode == "Auto")
        {
            AwaitWebAssemblyCached();
        }
    }

    /// <summary>
    /// Waits until the browser has fetched the WebAssembly runtime in the background of the first visit, as Blazor notes
    /// in local storage (Auto renders with WebAssembly only once it has): every later page of the tests then runs in the
    /// browser, not some on the server and some in the browser depending on how far the download got.
    /// </summary>
    private void AwaitWebAssemblyCached()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (((IJavaScriptExecutor)Driver).ExecuteScript("return localStorage.getItem('blazor-resource-hash:DexFlow.Web')") is null)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("The WebAssembly runtime was not in the browser's cache 60 s after the first visit.");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>
    /// The app's first load in this browser, whose cache is empty: from navigation start until the sign-in form is
    /// interactive, and every byte that crossed the wire for it (compressed sizes, headers included).
    /// </summary>
    private FirstLoad MeasureFirstLoad()
    {
        var app = new WebApp(this);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // DEXFLOW_WEB_MEASURE_URL measures another DexFlow instead (a published one, for docs/ui.md).
        if (Environment.GetEnvironmentVariable("DEXFLOW_WEB_MEASURE_URL") is { Length: > 0 } other)
        {
            Driver.Navigate().GoToUrl(new Uri(new Uri(other), "sign-in"));
        }
        else
        {
            app.Open("sign-in");
        }

        app.WaitFor("#user-name", "the sign-in form on the first load");
        var interactive = clock.Elapsed.TotalMilliseconds;
        var renderer = app.Renderer();
        var measured = ((IJavaScriptExecutor)Driver).ExecuteScript("""
            const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
            const top = [...entries].sort((a, b) => b.transferSize - a.transferSize).slice(0, 5)
              .map(e => `${e.name.split('/').pop()} ${e.transferSize}/${e.encodedBodySize}/${e.decodedBodySize}`).join('; ');
            return { bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0), requests: entries.length, top };
            """) as IReadOnlyDictionary<string, object> ?? throw new InvalidOperationException("The page reported no timings.");
        return new FirstLoad(interactive, Convert.ToInt64(measured["bytes"]), Convert.ToInt32(measured["requests"]), (string)measured["top"], renderer);
    }

    protected override IDictionary<string, string?> ApiSettings() => new Dictionary<string, string?>
    {
        ["DexFlow:Web:RenderMode"] = RenderMode,
        ["DexFlow:Auth:Oidc:Authority"] = Provider.Issuer,
        ["DexFlow:Auth:Oidc:Audience"] = ProviderAudience,
        ["DexFlow:Auth:Oidc:RequireHttpsMetadata"] = "false",
        ["DexFlow:Auth:Oidc:ClientId"] = ProviderClientId,
        ["DexFlow:Auth:Oidc:DisplayName"] = ProviderName,
        // The provider's people get the roles their groups name (the fake provider's groups are DexFlow's role names).
        ["DexFlow:Auth:Oidc:GroupRoles:Planner"] = "Planner",
        ["DexFlow:Auth:Oidc:GroupRoles:Manager"] = "Manager",
    };

    public override async Task DisposeAsync()
    {
        Driver?.Quit();
        Driver?.Dispose();
        await base.DisposeAsync();
        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }
    }
}

/// <summary>
/// Time until the sign-in form is interactive, bytes on the wire, requests, the largest transfers (name
/// transfer/encoded/decoded), and where the page ran (Server or WebAssembly).
/// </summary>
public sealed record FirstLoad(double Milliseconds, long TransferBytes, int Requests, string Largest, string Renderer);
