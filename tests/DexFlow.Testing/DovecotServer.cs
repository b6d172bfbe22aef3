using System.Diagnostics;
using System.Net.Sockets;

namespace DexFlow.Testing;

/// <summary>
/// A real IMAP server for the e-mail tests: Debian's Dovecot, started with a configuration of its own in a temporary
/// folder, listening on 127.0.0.1 only, with the capture mailbox user and any others a test names (each with
/// <see cref="Password"/>). With LMTP on, it also takes mail for <c>user@any.domain</c> into that user's mailbox, as a
/// mail server hands it over (<see cref="PostfixServer"/>). Dispose stops it and removes its files.
/// </summary>
public sealed class DovecotServer : IAsyncDisposable
{
    public const string User = "capture";
    public const string Password = "capture-secret";

    private readonly Process _process;
    private readonly string _directory;

    private DovecotServer(Process process, string directory, int port, int lmtpPort)
    {
        _process = process;
        _directory = directory;
        Port = port;
        LmtpPort = lmtpPort;
    }

    public int Port { get; }

    /// <summary>Where LMTP is taken, when the server was started with it; 0 otherwise.</summary>
    public int LmtpPort { get; }

    public static async Task<DovecotServer> StartAsync(IEnumerable<string>? users = null, bool lmtp = false)
    {
        var directory = Directory.CreateTempSubdirectory("dxf-imap-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        }
        var port = DexFlowProcess.FreePort();
        var root = Environment.UserName == "root";
        var (uid, gid) = root ? (65534, 65534) : (Uid(), Gid());
        Directory.CreateDirectory(Path.Combine(directory, "mail"));
        if (root)
        {
            await Run("chown", $"-R {uid}:{gid} {Path.Combine(directory, "mail")}");
        }

        await File.WriteAllLinesAsync(Path.Combine(directory, "users"), new[] { User }.Concat(users ?? []).Select(user => $"{user}:{{PLAIN}}{Password}::::::"));
        var lmtpPort = lmtp ? DexFlowProcess.FreePort() : 0;
        var internalUser = root ? "dovecot" : Environment.UserName;
        var loginUser = root ? "dovenull" : Environment.UserName;
        await File.WriteAllTextAsync(Path.Combine(directory, "dovecot.conf"), $$"""
            protocols = imap{{(lmtp ? " lmtp" : "")}}
            listen = 127.0.0.1
            # Mail for user@domain goes to user.
            auth_username_format = %Ln
            base_dir = {{directory}}/run
            state_dir = {{directory}}/state
            log_path = {{directory}}/dovecot.log
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            default_internal_user = {{internalUser}}
            default_login_user = {{loginUser}}
            first_valid_uid = 1
            mail_location = maildir:{{directory}}/mail/%u
            namespace inbox {
              inbox = yes
              separator = /
            }
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{directory}}/users
            }
            userdb {
              driver = static
              args = uid={{uid}} gid={{gid}} home={{directory}}/mail/%u
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            {{(lmtp ? $"service lmtp {{\n  inet_listener lmtp {{\n    address = 127.0.0.1\n    port = {lmtpPort}\n  }}\n}}" : "")}}
            """);
        var process = Process.Start(new ProcessStartInfo("dovecot", ["-F", "-c", Path.Combine(directory, "dovecot.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dovecot could not be started; install dovecot-imapd.");
        var server = new DovecotServer(process, directory, port, lmtpPort);
        await server.WaitUntilListening();
        return server;
    }

    private async Task WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                var log = Path.Combine(_directory, "dovecot.log");
                throw new InvalidOperationException($"dovecot exited: {await _process.StandardError.ReadToEndAsync()} {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("dovecot did not start listening within 30 s");
    }

    private static async Task Run(string tool, string arguments)
    {
        using var process = Process.Start(tool, arguments);
        await process.WaitForExitAsync();
    }

    private static int Uid() => int.Parse(File.ReadAllLines("/proc/self/status").First(line => line.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1]);

    private static int Gid() => int.Parse(File.ReadAllLines("/proc/self/status").First(line => line.StartsWith("Gid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1]);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Mail files of another user; the temporary folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
