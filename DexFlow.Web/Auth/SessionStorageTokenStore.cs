using Microsoft.JSInterop;

namespace DexFlow.Web.Auth;

/// <summary>
/// The tab's <c>sessionStorage</c>: other tabs and later visits do not get the token, and the page's strict policy
/// (no inline script, no eval) is kept because the calls name the browser's own functions.
/// </summary>
public sealed class SessionStorageTokenStore(IJSRuntime js) : ITokenStore
{
    public ValueTask<string?> Get(string key) => js.InvokeAsync<string?>("sessionStorage.getItem", key);

    public ValueTask Set(string key, string value) => js.InvokeVoidAsync("sessionStorage.setItem", key, value);

    public ValueTask Remove(string key) => js.InvokeVoidAsync("sessionStorage.removeItem", key);
}
