using System.Collections.Frozen;
using System.Globalization;
using DexFlow.Contracts.Customers;
using MimeKit;

namespace DexFlow.Grains.Customers;

/// <summary>
/// Finds the customer a document comes from, from its sender's address and the customer name read from it, and says
/// how sure it is. The sender being one of a customer's contacts is the strongest sign; a sender at a domain of the
/// customer's contacts, and the name, count for less; a sender contradicted by the name counts for little.
/// </summary>
public sealed class CustomerMatcher(CustomerStore customers)
{
    /// <summary>A match at least this sure is acted on (a draft order linked to the customer and given to their manager).</summary>
    public const double Confident = 0.8;

    // Mailboxes anyone can have: a sender there says nothing about which company they work for.
    private static readonly FrozenSet<string> PublicMailDomains = new[]
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com", "me.com", "aol.com",
        "proton.me", "protonmail.com", "mail.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de",
        "orange.fr", "free.fr", "laposte.net", "libero.it", "virgilio.it", "ziggo.nl", "kpnmail.nl", "yandex.ru",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The likeliest customer, or null when nothing in the master resembles the sender or the name.</summary>
    /// <param name="sender">The sender as delivered, e.g. <c>"Jane Roe" &lt;jane@acme.example&gt;</c>.</param>
    public async Task<CustomerMatch?> Match(string? sender, string? customerName, CancellationToken cancellationToken = default)
    {
        var email = Address(sender);
        var domain = email?[(email.IndexOf('@') + 1)..] is { } host && !PublicMailDomains.Contains(host) ? host : null;
        var key = string.IsNullOrWhiteSpace(customerName) ? "" : CustomerNames.MatchKey(customerName);
        // Candidates by the first word of the name: misreadings later in a name still find it.
        var firstWord = key.Split(' ')[0] is { Length: >= 3 } word ? word : null;
        if (email is null && firstWord is null)
        {
            return null;
        }

        var candidates = await customers.Candidates(email, domain, firstWord, cancellationToken);
        return candidates.Select(candidate => Score(candidate, email, domain, key)).MaxBy(match => match.Confidence) is { Confidence: > 0 } best ? best : null;
    }

    private static CustomerMatch Score(CustomerView customer, string? email, string? domain, string key)
    {
        var contact = email is null ? null : customer.Profile.Contacts.FirstOrDefault(person => person.Email == email);
        var sameDomain = domain is not null && customer.Profile.Contacts.Any(person => person.Email?.EndsWith("@" + domain, StringComparison.Ordinal) == true);
        var hasName = key.Length > 0;
        var similarity = hasName ? CustomerNames.Similarity(key, CustomerNames.MatchKey(customer.Profile.Name)) : 0;
        var named = hasName ? $"the name '{key}' resembles '{customer.Profile.Name}' ({similarity.ToString("0.00", CultureInfo.InvariantCulture)})" : null;

        var (confidence, reason) = (contact, sameDomain) switch
        {
            // An agency or a branch may order for another customer: a name that disagrees outweighs the sender.
            ({ } person, _) when hasName && similarity < 0.5 => (0.6, $"the sender is their contact {person.Name}, but {named}"),
            ({ } person, _) => (hasName ? 0.9 + 0.09 * similarity : 0.9, Join($"the sender is their contact {person.Name}", named)),
            (null, true) => (0.55 + 0.4 * similarity, Join($"the sender writes from {domain}, as their contacts do", named)),
            _ => (0.9 * similarity, named ?? ""),
        };
        return new CustomerMatch(customer, Math.Round(confidence, 2), reason);
    }

    private static string Join(string reason, string? more) => more is null ? reason : $"{reason}; {more}";

    private static string? Address(string? sender) =>
        sender is not null && MailboxAddress.TryParse(sender, out var mailbox) && mailbox.Address.Contains('@')
            ? mailbox.Address.Trim().ToLowerInvariant()
            : null;
}
