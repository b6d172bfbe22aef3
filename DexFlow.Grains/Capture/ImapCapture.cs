using DexFlow.Contracts.Capture;
using DexFlow.Contracts.Parcels;
using DexFlow.Grains.Content;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;

namespace DexFlow.Grains.Capture;

/// <summary>
/// Takes unseen messages from an IMAP mailbox (MailKit). Each message is stored whole and handed to its parcel (which
/// unpacks the attachments); only once the parcel is durable is the message flagged seen and moved to the processed
/// mailbox. The delivery key is the Message-ID (or the mailbox's UID when there is none), so a message fetched twice
/// lands on the same parcel. Every poll first checks that the server is still on the allowed list.
/// </summary>
public sealed class ImapCapture(IContentStore store, CaptureDelivery delivery, CaptureAllowList allowList, long maxFileBytes)
{
    private const int MaxMessagesPerPoll = 50;

    public async Task<FolderCapture.Outcome> Poll(string capturePointId, CapturePointSettings settings, CancellationToken cancellationToken)
    {
        var imap = settings.Imap ?? throw new InvalidOperationException("An IMAP capture point needs mailbox settings.");
        if (!allowList.AllowsMailHost(imap.Host, imap.Port))
        {
            throw new CaptureNotAllowedException($"The mail server {imap.Host}:{imap.Port} is not on the allowed list.");
        }

        using var client = new ImapClient { Timeout = 30_000 };
        var security = imap.Security switch
        {
            ImapSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            ImapSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(imap.Host, imap.Port, security, cancellationToken);
        await client.AuthenticateAsync(imap.UserName, imap.Password ?? "", cancellationToken);
        var mailbox = await client.GetFolderAsync(imap.Mailbox, cancellationToken);
        await mailbox.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var processed = imap.ProcessedMailbox is { Length: > 0 } name ? await ProcessedFolder(client, name, cancellationToken) : null;

        int delivered = 0, refused = 0;
        foreach (var uid in (await mailbox.SearchAsync(SearchQuery.NotSeen, cancellationToken)).Take(MaxMessagesPerPoll))
        {
            var message = await mailbox.GetMessageAsync(uid, cancellationToken);
            using var raw = new MemoryStream();
            await message.WriteToAsync(raw, cancellationToken);
            var content = await store.Put(raw.ToArray(), maxFileBytes, cancellationToken);
            var key = message.MessageId is { Length: > 0 } id ? id : $"{mailbox.UidValidity}:{uid.Id}";
            var details = new DeliveryDetails(message.From.Mailboxes.FirstOrDefault()?.ToString(), message.Subject, message.MessageId, null,
                message.Date == DateTimeOffset.MinValue ? null : message.Date, null, null);
            var (taken, _) = await delivery.Deliver(new Delivery(capturePointId, settings.Channel, key,
                [new IncomingFile("message.eml", "message/rfc822", content)], details));
            (delivered, refused) = taken ? (delivered + 1, refused) : (delivered, refused + 1);

            await mailbox.AddFlagsAsync(uid, MessageFlags.Seen, silent: true, cancellationToken);
            if (processed is not null)
            {
                await mailbox.MoveToAsync(uid, processed, cancellationToken);
            }
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return new FolderCapture.Outcome(delivered, refused, null);
    }

    private static async Task<IMailFolder> ProcessedFolder(ImapClient client, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(name, isMessageFolder: true, cancellationToken)
                ?? throw new InvalidOperationException($"The mailbox {name} could not be created.");
        }
    }
}
