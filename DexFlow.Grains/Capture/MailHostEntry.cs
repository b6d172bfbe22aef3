namespace DexFlow.Grains.Capture;

/// <summary>One entry of <see cref="CaptureOptions.AllowedMailHosts"/>: a host name or address, with or without a port.</summary>
public sealed record MailHostEntry(string Host, int? Port)
{
    /// <summary>Reads <c>host</c>, <c>host:port</c>, <c>[v6]</c> or <c>[v6]:port</c> (a bare IPv6 address has no port); null when unreadable.</summary>
    public static MailHostEntry? Parse(string entry)
    {
        var text = entry.Trim();
        string host;
        string? port = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            if (close < 0)
            {
                return null;
            }

            host = text[1..close];
            var rest = text[(close + 1)..];
            port = rest.StartsWith(':') ? rest[1..] : rest.Length == 0 ? null : "invalid";
        }
        else if (text.Count(character => character == ':') == 1)
        {
            (host, port) = (text[..text.IndexOf(':')], text[(text.IndexOf(':') + 1)..]);
        }
        else
        {
            host = text;
        }

        if (host.Length == 0)
        {
            return null;
        }

        if (port is null)
        {
            return new MailHostEntry(Normalize(host), null);
        }

        return int.TryParse(port, out var number) && number is > 0 and < 65536 ? new MailHostEntry(Normalize(host), number) : null;
    }

    public bool Allows(string host, int port) => Host == Normalize(host) && (Port is null || Port == port);

    // Host names compare without case and without the root's trailing dot, which names the same host.
    private static string Normalize(string host) => host.Trim().Trim('[', ']').TrimEnd('.').ToLowerInvariant();
}
