using DexFlow.Grains.Deadlines;
using DexFlow.Grains.Notifications;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace DexFlow.Testing;

/// <summary>
/// The API on a cluster that sends notifications through a real Postfix on loopback, which hands them to Dovecot, where
/// the tests read each demo user's mailbox over IMAP. Every demo user has the address <c>user@dexflow.test</c>; digests
/// go out daily at midnight UTC (a test brings a digest's time forward in the table rather than wait), and auditors get
/// them unless they choose otherwise. Deadlines are judged by <see cref="DeadlineClock"/>, which a test moves.
/// </summary>
public class NotificationFixture : ApiFixture
{
    public const string Domain = "dexflow.test";
    public const string WebAddress = "https://app.dexflow.test";

    private static readonly string[] People = ["manager", "manager2", "accountant", "qa", "planner", "operator", "clerk", "admin", "auditor"];

    public DovecotServer Mailboxes { get; private set; } = null!;

    public PostfixServer Smtp { get; private set; } = null!;

    public FakeTimeProvider DeadlineClock { get; } = new(DateTimeOffset.UtcNow);

    public static TimeSpan DigestEvery { get; } = TimeSpan.FromDays(1);

    public override async Task InitializeAsync()
    {
        Mailboxes = await DovecotServer.StartAsync(People, lmtp: true);
        Smtp = await PostfixServer.StartAsync(Mailboxes.LmtpPort);
        await base.InitializeAsync();
        await using var addresses = Database.DataSource.CreateCommand($"UPDATE dexflow.users SET email = user_name || '@{Domain}'");
        await addresses.ExecuteNonQueryAsync();
    }

    protected override void ConfigureSilo(IHostApplicationBuilder host)
    {
        host.Services.Configure<NotificationOptions>(options =>
        {
            options.Smtp = new SmtpSettings { Host = "127.0.0.1", Port = Smtp.Port, Security = "None" };
            options.From = $"DexFlow <dexflow@{Domain}>";
            options.WebAddress = WebAddress;
            options.Rules = Rules();
            options.DigestRoles = "Auditor";
            options.DigestEvery = DigestEvery;
            options.Period = TimeSpan.FromMilliseconds(200);
            options.SendTimeout = TimeSpan.FromSeconds(5);
            options.KeepAlivePeriod = ProcessingRetryPeriod;
        });
        host.Services.AddSingleton(new DeadlineClock(DeadlineClock));
        host.Services.Configure<DeadlineOptions>(options => options.CheckPeriod = TimeSpan.FromSeconds(1));
    }

    /// <summary>The notification rules; none: DexFlow's defaults.</summary>
    protected virtual List<NotificationRule> Rules() => [];

    /// <summary>The messages in a user's inbox, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> Inbox(string user)
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Mailboxes.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, DovecotServer.Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var messages = new List<MimeMessage>();
        for (var index = 0; index < client.Inbox.Count; index++)
        {
            messages.Add(await client.Inbox.GetMessageAsync(index));
        }

        await client.DisconnectAsync(quit: true);
        return messages;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        await Mailboxes.DisposeAsync();
    }
}
