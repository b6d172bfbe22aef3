using DexFlow.Web.Api;

namespace DexFlow.Web.Auth;

/// <summary>
/// The signed-in user: their token and who <c>GET /api/me</c> says they are. Kept in the tab's session storage so that
/// a reload keeps the user signed in, and closing the tab signs them out.
/// </summary>
public sealed class AuthSession(ITokenStore store)
{
    private const string TokenKey = "dexflow.token";

    public string? Token { get; private set; }

    public Me? User { get; private set; }

    public bool IsSignedIn => Token is not null && User is not null;

    /// <summary>
    /// Done once the token of an earlier page load has been checked. The first page is drawn meanwhile (checking costs
    /// the first call into the browser and one request), and pages that need a session wait for it.
    /// </summary>
    public Task Restored { get; private set; } = Task.CompletedTask;

    /// <summary>Raised when the user signs in or out, or the API stops accepting the token.</summary>
    public event Action? Changed;

    public bool IsIn(string role) => User?.Roles.Contains(role, StringComparer.OrdinalIgnoreCase) == true;

    /// <summary>Starts picking up the token of an earlier page load (see <see cref="Restored"/>).</summary>
    public void BeginRestore(DexFlowClient api) => Restored = Restore(api);

    /// <summary>Picks up the token of an earlier page load, if the API still accepts it.</summary>
    private async Task Restore(DexFlowClient api)
    {
        var token = await store.Get(TokenKey);
        if (token is null)
        {
            return;
        }

        try
        {
            User = await api.Me(token);
            Token = token;
            Changed?.Invoke();
        }
        catch (ApiProblemException)
        {
            await store.Remove(TokenKey);
        }
        catch (HttpRequestException)
        {
            // DexFlow cannot be reached: keep the token for the next load and show the sign-in page now.
        }
    }

    public async Task SignIn(DexFlowClient api, string userName, string password)
    {
        var issued = await api.SignIn(userName, password);
        await SignInWith(api, issued.AccessToken);
    }

    /// <summary>
    /// Signs in with an access token DexFlow's API accepts, its own or the OpenID Connect provider's: <c>GET /api/me</c>
    /// says who the user is, and the token is kept like any other (a reload restores it, sign-out forgets it).
    /// </summary>
    public async Task SignInWith(DexFlowClient api, string accessToken)
    {
        User = await api.Me(accessToken);
        Token = accessToken;
        await store.Set(TokenKey, accessToken);
        Changed?.Invoke();
    }

    public async Task SignOut()
    {
        Token = null;
        User = null;
        await store.Remove(TokenKey);
        Changed?.Invoke();
    }
}
