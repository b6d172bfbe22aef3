using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace DexFlow.Grains.Notifications;

/// <summary>Sends messages through the configured SMTP server with MailKit, over one connection for all of them.</summary>
public sealed class SmtpMailer(SmtpSettings settings, TimeSpan timeout)
{
    /// <summary>Sends each message; the result of each is null when the server took it, or why it did not.</summary>
    public async Task<string?[]> Send(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        var results = new string?[messages.Count];
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("No SMTP host is configured."), settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException
                                              or AuthenticationException or SslHandshakeException or SmtpCommandException)
        {
            Array.Fill(results, $"The mail server could not be reached: {exception.Message}");
            return results;
        }

        for (var index = 0; index < messages.Count; index++)
        {
            try
            {
                await client.SendAsync(messages[index], cancellationToken);
            }
            catch (SmtpCommandException exception)
            {
                results[index] = $"The mail server refused the message: {exception.StatusCode} {exception.Message}";
            }
            catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or MailKit.ServiceNotConnectedException)
            {
                // The connection is gone: this message and the rest go again later.
                for (var rest = index; rest < messages.Count; rest++)
                {
                    results[rest] = $"The connection to the mail server was lost: {exception.Message}";
                }

                return results;
            }
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or SmtpCommandException)
        {
            // The messages were taken before; a failed goodbye changes nothing about them.
        }

        return results;
    }
}
