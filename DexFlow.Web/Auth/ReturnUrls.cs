namespace DexFlow.Web.Auth;

/// <summary>Where to go once signed in, by password or through the provider: the same rule on the sign-in and the callback page.</summary>
public static class ReturnUrls
{
    /// <summary>Only a path of this app: a return URL naming another site would make the sign-in pages an open redirect.</summary>
    public static string Safe(string? url) =>
        url is { Length: > 0 } && !url.Contains("//") && !url.Contains('\\') && !url.Contains(':') ? url.TrimStart('/') : "";
}
