using System.Net;
using System.Net.Sockets;

namespace DexFlow.Api.Auth;

/// <summary>The client address that sign-ins are throttled and audited by.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The connection's remote address; IPv4 mapped into IPv6 as plain IPv4, and IPv6 as its /64 network, because one
    /// client is usually given a whole /64 and could otherwise change address for every attempt.
    /// </summary>
    public static string Of(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
