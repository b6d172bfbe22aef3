using System.Diagnostics;
using System.Net.Sockets;

namespace DexFlow.Testing;

/// <summary>
/// A real SMTP server for the notification tests: Debian's Postfix as an instance of its own (configuration, queue and
/// log in a temporary folder), listening on 127.0.0.1 and handing every message over by LMTP to the Dovecot the
/// tests read mail from. Postfix runs only as root (its master drops privileges to the postfix user), as the tests do
/// on CI. Dispose stops it and removes its files.
/// </summary>
public sealed class PostfixServer : IAsyncDisposable
{
    private readonly string _directory;

    private PostfixServer(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    private string Config => Path.Combine(_directory, "conf");

    public static async Task<PostfixServer> StartAsync(int lmtpPort)
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            throw new InvalidOperationException("The notification tests run Postfix, which starts only as root: run the tests as root, as CI does.");
        }

        var directory = Directory.CreateTempSubdirectory("dxf-smtp-").FullName;
        File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        var server = new PostfixServer(directory, DexFlowProcess.FreePort());
        foreach (var folder in new[] { "conf", "queue", "data" })
        {
            Directory.CreateDirectory(Path.Combine(directory, folder));
        }

        await Run("chown", $"postfix {Path.Combine(directory, "data")}");
        File.Copy(File.Exists("/etc/postfix/master.cf") ? "/etc/postfix/master.cf" : "/etc/postfix/master.cf.proto", Path.Combine(server.Config, "master.cf"));
        File.Copy("/etc/postfix/dynamicmaps.cf", Path.Combine(server.Config, "dynamicmaps.cf"));
        await File.WriteAllTextAsync(Path.Combine(server.Config, "main.cf"), $"""
            compatibility_level = 3.6
            queue_directory = {directory}/queue
            data_directory = {directory}/data
            mail_owner = postfix
            setgid_group = postdrop
            inet_interfaces = 127.0.0.1
            inet_protocols = ipv4
            myhostname = smtp.dexflow.test
            mydestination =
            mynetworks = 127.0.0.0/8
            relay_domains = static:ALL
            smtpd_relay_restrictions = permit_mynetworks, reject
            default_transport = lmtp:inet:127.0.0.1:{lmtpPort}
            relay_transport = lmtp:inet:127.0.0.1:{lmtpPort}
            alias_maps =
            alias_database =
            maillog_file = {directory}/postfix.log
            maillog_file_prefixes = {directory}
            """);
        // No chroot (the queue folder holds none of what a chroot needs), no port 25: the tests' port on loopback.
        await Postconf(server, "-F", "*/*/chroot = n");
        await Postconf(server, "-M#", "smtp/inet");
        await Postconf(server, "-Me", $"127.0.0.1:{server.Port}/inet = 127.0.0.1:{server.Port} inet n - n - - smtpd");
        await Postconf(server, "-Me", "postlog/unix-dgram = postlog unix-dgram n - n - 1 postlogd");
        var started = await Run("postfix", $"-c {server.Config} start");
        if (started != 0)
        {
            throw new InvalidOperationException($"postfix did not start ({started}): {server.Log()}");
        }

        await server.WaitUntilListening();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await Run("postfix", $"-c {Config} abort");
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Files of the postfix user; the temporary folder is cleaned by the system.
        }
    }

    private string Log()
    {
        var log = Path.Combine(_directory, "postfix.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }

    private async Task WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
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

        throw new TimeoutException($"postfix did not start listening within 30 s: {Log()}");
    }

    private static async Task Postconf(PostfixServer server, string option, string value)
    {
        var status = await Run("postconf", ["-c", server.Config, option, value]);
        if (status != 0)
        {
            throw new InvalidOperationException($"postconf {option} '{value}' failed ({status})");
        }
    }

    private static Task<int> Run(string tool, string arguments) => Run(tool, arguments.Split(' '));

    private static async Task<int> Run(string tool, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true })
            ?? throw new InvalidOperationException($"{tool} could not be started; install postfix.");
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
