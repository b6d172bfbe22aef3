using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Notifications;

/// <summary>E-mail notifications (<c>DexFlow:Notifications</c>): the mail server, who is told of what, and when digests go.</summary>
public sealed class NotificationOptions
{
    /// <summary>The SMTP server notifications are sent through; without a host, DexFlow sends none.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>The sender: <c>DexFlow &lt;dexflow@shop.example&gt;</c>.</summary>
    public string From { get; set; } = "DexFlow <dexflow@localhost>";

    /// <summary>The web application's address, for links to the order or parcel in each message; none without it.</summary>
    public string? WebAddress { get; set; }

    /// <summary>Who is told of which events. Empty: <see cref="NotificationRules.Defaults"/>.</summary>
    public List<NotificationRule> Rules { get; set; } = [];

    /// <summary>
    /// Roles whose members get digests unless they chose otherwise, comma-separated (e.g. <c>Clerk</c>: a busy role that
    /// hears of much). None by default: everyone hears of each event within seconds until they choose a digest. (Text,
    /// not an array: configuration binding adds to an array's defaults instead of replacing them.)
    /// </summary>
    public string DigestRoles { get; set; } = "";

    /// <summary>The roles of <see cref="DigestRoles"/>.</summary>
    public Roles DigestByDefault => RoleNames.Parse(DigestRoles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>How often digests go out (on the hour for an hour: at whole multiples of this since midnight UTC).</summary>
    public TimeSpan DigestEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a message the server refuses or cannot take is tried again before it is given up.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long the mail server has for each step of sending (connecting, each message).</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the notifier looks for new events and for messages due.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Period of the reminder that keeps the notifier running (Orleans' minimum reminder period applies).</summary>
    public TimeSpan KeepAlivePeriod { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>The mail server: <see cref="Security"/> is <c>None</c>, <c>StartTls</c>, <c>SslOnConnect</c> or <c>Auto</c>.</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>
/// A notification rule: the events of <see cref="EventType"/> (<c>Order.RejectQa</c>, <c>Order.*</c>) go to each of
/// <see cref="To"/>: a role (<c>Clerk</c>: its members), <c>OrderManager</c> (the order's manager) or <c>Submitter</c>
/// (whoever submitted the parcel). Only those who may see the event are told, and never of what they did themselves.
/// </summary>
public sealed class NotificationRule
{
    public string EventType { get; set; } = "";

    public string[] To { get; set; } = [];
}
