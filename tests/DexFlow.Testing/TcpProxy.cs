using System.Net;
using System.Net.Sockets;

namespace DexFlow.Testing;

/// <summary>
/// Forwards a loopback port to another, and can cut the line: <see cref="Cut"/> drops every open connection and
/// refuses new ones, as a crashed or unreachable database server would, until <see cref="Restore"/>.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _open = [];
    private readonly Task _accepting;
    private volatile bool _cut;

    public TcpProxy(IPEndPoint target)
    {
        _target = target;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = Accept();
    }

    public int Port { get; }

    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            _open.ForEach(client => client.Close());
            _open.Clear();
        }
    }

    public void Restore() => _cut = false;

    private async Task Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            if (_cut)
            {
                inbound.Client.LingerState = new LingerOption(true, 0);
                inbound.Close();
                continue;
            }

            _ = Pipe(inbound);
        }
    }

    private async Task Pipe(TcpClient inbound)
    {
        using var outbound = new TcpClient();
        try
        {
            await outbound.ConnectAsync(_target, _stop.Token);
            lock (_open)
            {
                _open.Add(inbound);
                _open.Add(outbound);
            }

            await Task.WhenAny(
                inbound.GetStream().CopyToAsync(outbound.GetStream(), _stop.Token),
                outbound.GetStream().CopyToAsync(inbound.GetStream(), _stop.Token));
        }
        catch (Exception)
        {
            // A cut line or a stopped proxy ends the copy; either way the connection is over.
        }
        finally
        {
            inbound.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
    }
}
