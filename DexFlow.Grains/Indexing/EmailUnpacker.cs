using System.Text;
using MimeKit;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// Opens an e-mail (RFC 822) into what DexFlow needs: sender, subject, message id, date, body text and attachments.
/// Attachment names are reduced to a safe base name; a forwarded message's files are the message's. A message whose multipart structure does not parse (parts that
/// do not match the declared boundary) is refused rather than indexed as if its attachments were complete.
/// </summary>
public static class EmailUnpacker
{
    public sealed record Attachment(string FileName, string ContentType, byte[] Data);

    public sealed record Email(string? Sender, string? Subject, string? MessageId, DateTimeOffset? Date, string? BodyText, IReadOnlyList<Attachment> Attachments);

    public static bool LooksLikeEmail(ReadOnlySpan<byte> head)
    {
        var text = Encoding.ASCII.GetString(head[..Math.Min(head.Length, 4096)]);
        return text.Contains("\nSubject:", StringComparison.OrdinalIgnoreCase) && (text.StartsWith("From:", StringComparison.OrdinalIgnoreCase)
            || text.Contains("\nFrom:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Received:", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Return-Path:", StringComparison.OrdinalIgnoreCase) || text.Contains("MIME-Version:", StringComparison.OrdinalIgnoreCase));
    }

    public static Email Unpack(byte[] raw)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(new MemoryStream(raw));
        }
        catch (FormatException exception)
        {
            throw new Imaging.InvalidImageException($"the e-mail cannot be parsed ({exception.Message})");
        }

        if (message.Body is null || Broken(message.Body))
        {
            throw new Imaging.InvalidImageException("the e-mail is malformed: its multipart body has no parts matching the declared boundary");
        }

        var attachments = new List<Attachment>();
        foreach (var part in Files(message, depth: 0))
        {
            using var content = new MemoryStream();
            part.Content?.DecodeTo(content);
            attachments.Add(new Attachment(Contracts.Documents.FileNames.Safe(part.FileName, attachments.Count), part.ContentType.MimeType, content.ToArray()));
        }

        return new Email(
            message.From.Mailboxes.FirstOrDefault()?.ToString(),
            message.Subject,
            message.MessageId,
            message.Date == DateTimeOffset.MinValue ? null : message.Date,
            message.TextBody ?? message.HtmlBody,
            attachments);
    }

    /// <summary>
    /// The files a message carries, and those of a message forwarded as an attachment (message/rfc822), which are what
    /// the sender meant to pass on; forwards nested deeper than a few levels are not opened.
    /// </summary>
    private static IEnumerable<MimePart> Files(MimeMessage message, int depth) => message.Attachments.SelectMany(attachment => attachment switch
    {
        MimePart file => [file],
        MessagePart { Message: { } forwarded } when depth < MaxForwardDepth => Files(forwarded, depth + 1),
        _ => [],
    });

    private const int MaxForwardDepth = 4;

    private static bool Broken(MimeEntity entity) => entity switch
    {
        Multipart multipart => multipart.Count == 0 || multipart.Any(Broken),
        MessagePart { Message.Body: { } body } => Broken(body),
        _ => false,
    };
}
