using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace DexFlow.Api.Auth;

/// <summary>The key DexFlow's own tokens are signed with.</summary>
public sealed class SigningKey(SymmetricSecurityKey key)
{
    public const int MinimumLength = 32;

    public SymmetricSecurityKey Key { get; } = key;

    /// <summary>The configured key; in Development without one, a random key valid until the process stops.</summary>
    public static SigningKey From(AuthOptions options, bool isDevelopment)
    {
        if (!string.IsNullOrEmpty(options.SigningKey))
        {
            return options.SigningKey.Length >= MinimumLength
                ? new SigningKey(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey)))
                : throw new InvalidOperationException($"DexFlow:Auth:SigningKey must have at least {MinimumLength} characters.");
        }

        return isDevelopment
            ? new SigningKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(MinimumLength)))
            : throw new InvalidOperationException("DexFlow:Auth:SigningKey is not configured.");
    }
}
