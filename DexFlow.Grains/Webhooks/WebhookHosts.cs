using System.Net;
using System.Net.Sockets;
using DexFlow.Grains.Capture;

namespace DexFlow.Grains.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: public ones, and any address of a host operators allowed by name
/// (<see cref="WebhookOptions.AllowedHosts"/>). Checked when a webhook is registered and again on every connection, with
/// the addresses the connection actually uses, so a name that later resolves into the silos' network is not followed.
/// </summary>
public sealed class WebhookHosts(WebhookOptions options)
{
    public bool IsAllowedByName(string host, int port) =>
        options.AllowedHosts.Select(MailHostEntry.Parse).Any(entry => entry is not null && entry.Allows(host, port));

    /// <summary>The addresses of <paramref name="host"/> a webhook may connect to; empty when it may connect to none.</summary>
    public async Task<IPAddress[]> Addresses(string host, int port, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        return IsAllowedByName(host, port) ? addresses : [.. addresses.Where(IsPublic)];
    }

    /// <summary>Whether an address is on the public internet: not loopback, private, shared, link-local, multicast or reserved.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var bytes = address.GetAddressBytes();
            return bytes switch
            {
                [0, ..] or [10, ..] or [127, ..] => false,
                [100, >= 64 and < 128, ..] => false, // shared address space (carrier-grade NAT)
                [169, 254, ..] => false, // link-local, where cloud metadata services answer
                [172, >= 16 and < 32, ..] or [192, 168, ..] => false,
                [192, 0, 0, _] or [198, 18 or 19, ..] => false,
                [>= 224, ..] => false, // multicast, reserved, broadcast
                _ => true,
            };
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
            || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var v6 = address.GetAddressBytes();
        // NAT64 (64:ff9b::/96) carries an IPv4 address, which decides.
        return v6 is [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, ..]
            ? IsPublic(new IPAddress(v6[12..]))
            : true;
    }
}
