using System.Globalization;
using DexFlow.Web.Api;

namespace DexFlow.Web.Auth;

/// <summary>
/// The signed-in user: their tokens and who <c>GET /api/me</c> says they are. Kept in the tab's session storage so that
/// a reload keeps the user signed in, and closing the tab signs them out. DexFlow's access tokens live minutes; the
/// session renews them with its refresh token shortly before they expire, or when the API refuses one (the user's roles
/// changed), and ends when the refresh token is refused.
/// </summary>
public sealed class AuthSession(ITokenStore store, TimeProvider time)
{
    private const string TokenKey = "dexflow.token";
    private const string RefreshKey = "dexflow.refresh";
    private const string ExpiresKey = "dexflow.expires";

    /// <summary>How long before its expiry an access token is renewed, so that no request carries a token about to lapse.</summary>
    private static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(60);

    private string? _refreshToken;
    private DateTimeOffset? _expiresAt;
    private Task<bool>? _renewal;

    public string? Token { get; private set; }

    public Me? User { get; private set; }

    public bool IsSignedIn => Token is not null && User is not null;

    /// <summary>The refresh token of this session, which keeps it when the user changes their password.</summary>
    public string? RefreshToken => _refreshToken;

    /// <summary>
    /// Done once the token of an earlier page load has been checked. The first page is drawn meanwhile (checking costs
    /// the first call into the browser and one request), and pages that need a session wait for it.
    /// </summary>
    public Task Restored { get; private set; } = Task.CompletedTask;

    /// <summary>Raised when the user signs in or out, or the API stops accepting the token.</summary>
    public event Action? Changed;

    public bool IsIn(string role) => User?.Roles.Contains(role, StringComparer.OrdinalIgnoreCase) == true;

    /// <summary>Whether the access token should be renewed before it is used: it expires within a minute and the session can renew it.</summary>
    public bool NeedsRenewal => _refreshToken is not null && _expiresAt is { } expiresAt && expiresAt - time.GetUtcNow() < RenewBefore;

    /// <summary>Starts picking up the token of an earlier page load (see <see cref="Restored"/>).</summary>
    public void BeginRestore(DexFlowClient api) => Restored = Restore(api);

    /// <summary>Picks up the tokens of an earlier page load, renewed if need be, if the API still accepts them.</summary>
    private async Task Restore(DexFlowClient api)
    {
        var token = await store.Get(TokenKey);
        if (token is null)
        {
            return;
        }

        _refreshToken = await store.Get(RefreshKey);
        _expiresAt = DateTimeOffset.TryParse(await store.Get(ExpiresKey), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
        Token = token;
        try
        {
            if (NeedsRenewal && !await Renew(api.Refresh))
            {
                return;
            }

            User = await api.Me(Token);
            Changed?.Invoke();
        }
        catch (ApiProblemException)
        {
            await Forget();
        }
        catch (HttpRequestException)
        {
            // DexFlow cannot be reached: keep the tokens for the next load and show the sign-in page now.
            Token = null;
        }
    }

    public async Task SignIn(DexFlowClient api, string userName, string password)
    {
        var issued = await api.SignIn(userName, password);
        User = await api.Me(issued.AccessToken);
        await Keep(issued);
        Changed?.Invoke();
    }

    /// <summary>
    /// Signs in with an access token DexFlow's API accepts, its own or the OpenID Connect provider's: <c>GET /api/me</c>
    /// says who the user is, and the token is kept like any other (a reload restores it, sign-out forgets it). Such a
    /// session has no refresh token: it ends when the token expires.
    /// </summary>
    public async Task SignInWith(DexFlowClient api, string accessToken)
    {
        User = await api.Me(accessToken);
        Token = accessToken;
        (_refreshToken, _expiresAt) = (null, null);
        await store.Set(TokenKey, accessToken);
        Changed?.Invoke();
    }

    /// <summary>
    /// Renews the access token with the refresh token, once however many requests ask at the same time (a refresh token
    /// works once). False when the session has ended: there was no refresh token, or the API refused it.
    /// </summary>
    /// <param name="refresh">Exchanges a refresh token for new tokens; null when the API refuses it.</param>
    public async Task<bool> Renew(Func<string, CancellationToken, Task<TokenResponse?>> refresh, CancellationToken cancellationToken = default)
    {
        if (_renewal is { } running)
        {
            return await running;
        }

        var renewal = RenewOnce(refresh, cancellationToken);
        _renewal = renewal;
        try
        {
            return await renewal;
        }
        finally
        {
            if (_renewal == renewal)
            {
                _renewal = null;
            }
        }
    }

    private async Task<bool> RenewOnce(Func<string, CancellationToken, Task<TokenResponse?>> refresh, CancellationToken cancellationToken)
    {
        var issued = _refreshToken is { } refreshToken ? await refresh(refreshToken, cancellationToken) : null;
        if (issued is null)
        {
            await SignOut();
            return false;
        }

        await Keep(issued);
        return true;
    }

    /// <summary>Ends the session: at the API when it can be reached (<paramref name="api"/>), and in this tab.</summary>
    public async Task SignOut(DexFlowClient? api = null)
    {
        if (api is not null && _refreshToken is { } refreshToken)
        {
            try
            {
                await api.EndSession(refreshToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or ApiProblemException)
            {
                // The access token lapses within minutes anyway; signing out here must not wait for the API.
            }
        }

        await Forget();
        Changed?.Invoke();
    }

    private async Task Keep(TokenResponse issued)
    {
        Token = issued.AccessToken;
        _refreshToken = issued.RefreshToken;
        _expiresAt = time.GetUtcNow().AddSeconds(issued.ExpiresIn);
        await store.Set(TokenKey, issued.AccessToken);
        await store.Set(RefreshKey, issued.RefreshToken);
        await store.Set(ExpiresKey, _expiresAt.Value.ToString("O", CultureInfo.InvariantCulture));
    }

    private async Task Forget()
    {
        (Token, User, _refreshToken, _expiresAt) = (null, null, null, null);
        await store.Remove(TokenKey);
        await store.Remove(RefreshKey);
        await store.Remove(ExpiresKey);
    }
}
