using Microsoft.AspNetCore.Components;

namespace DexFlow.Web.Auth;

/// <summary>
/// Where a sign-in goes on to: the return URL it was given, but only when that is a page of this app. An allow-list,
/// so that a sign-in page never becomes an open redirect: nothing, or a path that starts with a single '/' (so it has
/// no scheme) and holds no '\' and no control characters (browsers drop tabs and line breaks, so "/\t/evil" would
/// become "//evil"), which resolved against the app's address is still under it. Shared by every page that ends a
/// sign-in.
/// </summary>
public static class ReturnUrls
{
    /// <summary>The absolute address to go to: <paramref name="returnUrl"/> when it is safe, else the app's home page.</summary>
    public static string Safe(string? returnUrl, NavigationManager navigation)
    {
        if (string.IsNullOrEmpty(returnUrl) || !IsLocalPath(returnUrl))
        {
            return navigation.BaseUri;
        }

        var resolved = navigation.ToAbsoluteUri(returnUrl);
        return resolved.AbsoluteUri.StartsWith(navigation.BaseUri, StringComparison.Ordinal) ? resolved.AbsoluteUri : navigation.BaseUri;
    }

    private static bool IsLocalPath(string url) =>
        url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\') && !url.Any(char.IsControl);
}
