using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DexFlow.Contracts.Events;
using MimeKit;

namespace DexFlow.Grains.Notifications;

/// <summary>
/// The e-mail that tells one person of one or more events (a digest), in plain text: what happened to which order or
/// parcel, by whom, where it stands now, the event's summary, and a link when the web application's address is known.
/// Its Message-ID is made from the events and the person, so a message sent again is recognisably the same one.
/// </summary>
public static partial class NotificationMail
{
    public static MimeMessage Compose(string from, string? webAddress, string userId, string displayName, string address,
        IReadOnlyList<DomainEvent> events)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(displayName, address));
        message.Subject = events.Count == 1 ? $"[DexFlow] {Headline(events[0])}" : $"[DexFlow] {events.Count} updates";
        var domain = message.From.Mailboxes.First().Domain;
        // Short whatever the digest's size: the events' ids hashed (the same events to the same person give the same id).
        var ids = string.Join(',', events.Select(item => item.Id.ToString(CultureInfo.InvariantCulture)));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..24];
        message.MessageId = events.Count == 1
            ? $"dexflow.{events[0].Id}.{Uri.EscapeDataString(userId)}@{domain}"
            : $"dexflow.digest.{hash}.{Uri.EscapeDataString(userId)}@{domain}";
        // Automatic mail: out-of-office replies and the like must not answer it (RFC 3834).
        message.Headers.Add("Auto-Submitted", "auto-generated");
        // Separated by spaces too, so that a long list folds within the line limit.
        message.Headers.Add("X-DexFlow-Events", string.Join(", ", events.Select(item => item.Id.ToString(CultureInfo.InvariantCulture))));
        var text = new StringBuilder();
        foreach (var domainEvent in events)
        {
            text.AppendLine(Headline(domainEvent));
            text.AppendLine(CultureInfo.InvariantCulture, $"  by {domainEvent.ActorName}, {domainEvent.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC; now {Words(domainEvent.Stage)}");
            if (!string.IsNullOrWhiteSpace(domainEvent.Summary))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {domainEvent.Summary}");
            }

            if (Link(webAddress, domainEvent) is { } link)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {link}");
            }

            text.AppendLine();
        }

        text.AppendLine("You get this because of your role in DexFlow. Choose a digest or mute event types under your notification settings.");
        message.Body = new TextPart("plain") { Text = text.ToString() };
        return message;
    }

    /// <summary>"Order 2026-000123: rejected by QA".</summary>
    public static string Headline(DomainEvent domainEvent) => $"{domainEvent.SubjectKind} {domainEvent.Subject}: {What(domainEvent.Type)}";

    private static string What(string type) => type switch
    {
        "Order.RejectQa" => "rejected by QA",
        "Order.RejectAccounting" => "rejected by accounting",
        "Order.FlagDeadline" => "deadline missed",
        "Parcel.WaitTooLong" => "waiting for a clerk too long",
        "Webhook.Disable" => "disabled after failed deliveries",
        _ => Words(type[(type.IndexOf('.') + 1)..]),
    };

    private static string? Link(string? webAddress, DomainEvent domainEvent) =>
        webAddress is null ? null
        : domainEvent.SubjectKind switch
        {
            "Order" => $"{webAddress.TrimEnd('/')}/orders/{Uri.EscapeDataString(domainEvent.Subject)}",
            "Parcel" => $"{webAddress.TrimEnd('/')}/indexing/{Uri.EscapeDataString(domainEvent.Subject)}",
            _ => null,
        };

    // "AdjustmentsRequired" reads "adjustments required".
    private static string Words(string pascal) => PascalWord().Replace(pascal, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z][a-z])")]
    private static partial Regex PascalWord();
}
