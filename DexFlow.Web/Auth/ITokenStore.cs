namespace DexFlow.Web.Auth;

/// <summary>Where the token, and a sign-in waiting for the provider's answer, survive a reload: the browser's session storage in the app, a dictionary in tests.</summary>
public interface ITokenStore
{
    ValueTask<string?> Get(string key);

    ValueTask Set(string key, string value);

    ValueTask Remove(string key);
}
