namespace DexFlow.Web.Auth;

/// <summary>
/// The network address of the person's browser, as the server that rendered the page saw it. Only a page rendered on the
/// server needs it: its calls to the API come from the server itself, and the API throttles and audits sign-ins by the
/// person's address, not the server's. In the browser it is never read (the browser calls the API itself).
/// </summary>
public sealed class BrowserAddress
{
    public string? Value { get; set; }
}
