using System.Net.Mail;

namespace DexFlow.Grains.Validation;

/// <summary>What DexFlow takes for an e-mail address, wherever one is entered (users, customers' contacts, the shop).</summary>
public static class EmailAddresses
{
    /// <summary>One address as written (no display name), at most 254 characters, with a dotted domain.</summary>
    public static bool IsValid(string email) =>
        email.Length <= 254 && MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.');
}
