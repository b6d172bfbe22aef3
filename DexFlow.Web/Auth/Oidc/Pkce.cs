using System.Security.Cryptography;
using System.Text;

namespace DexFlow.Web.Auth.Oidc;

/// <summary>
/// The random values of one sign-in (RFC 7636 and OpenID Connect): the PKCE verifier and its S256 challenge, the state
/// and the nonce. The browser's own random source backs <see cref="RandomNumberGenerator"/> in WebAssembly.
/// </summary>
public static class Pkce
{
    /// <summary>32 random bytes: 43 characters of base64url, the shortest verifier RFC 7636 allows, and 256 bits of it.</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>S256: base64url(SHA-256(ASCII(verifier))).</summary>
    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + (4 - padded.Length % 4) % 4, '='));
    }
}
