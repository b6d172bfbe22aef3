using System.Collections.Immutable;
using System.Net.Sockets;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using DexFlow.Contracts.Webhooks;
using DexFlow.Grains.AuditTrail;
using DexFlow.Grains.Events;
using DexFlow.Grains.Security;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace DexFlow.Grains.Webhooks;

/// <summary>
/// Webhooks as configuration: administrators register and change them, administrators and auditors see them and their
/// deliveries. A webhook hears the events committed after its registration. Its secret is shown once, when it is made.
/// </summary>
// Holds no state: the registry is in PostgreSQL, where the dispatcher reads it.
[StatelessWorker, Reentrant]
public sealed class WebhooksGrain(
    WebhookRegistry registry,
    WebhookDeliveries deliveries,
    EventCursors cursors,
    ConfigurationAudit audit,
    IOptions<WebhookOptions> options,
    TimeProvider time) : Grain, IWebhooksGrain
{
    public const Roles Readers = Roles.Administrator | Roles.Auditor;

    private const int MaxUrlLength = 2000;

    public async Task<RegisteredWebhook> Register(Caller caller, WebhookSettings settings)
    {
        caller.EnsureRole(Roles.Administrator, "register webhooks");
        var url = await CheckUrl(settings.Url);
        var secret = CheckSecret(settings.Secret) ?? WebhookSignature.NewSecret();
        var view = new WebhookView(Guid.NewGuid(), url, EventTypes.Check(settings.EventTypes), settings.Enabled,
            settings.Enabled ? null : Disabler(caller), settings.Enabled ? null : time.GetUtcNow(), time.GetUtcNow(), caller.UserId, 1);
        var change = audit.Change(caller, "Webhook", view.Id.ToString(), null, Audited.Of(view), "secret");
        // The dispatcher's cursor must stand before every event the webhook is to hear of; made now, it does.
        await cursors.Get(WebhookDeliveries.Consumer);
        await registry.Insert(new StoredWebhook(view, secret), change);
        await GrainFactory.GetGrain<IWebhookDispatcherGrain>(0).Start();
        return new RegisteredWebhook(view, secret);
    }

    public async Task<WebhookView> Change(Caller caller, Guid id, WebhookSettings settings)
    {
        caller.EnsureRole(Roles.Administrator, "change webhooks");
        var url = await CheckUrl(settings.Url);
        var secret = CheckSecret(settings.Secret);
        var types = EventTypes.Check(settings.EventTypes);
        var stored = await registry.Find(id) ?? throw new NotFoundException("Webhook", id.ToString());
        var before = stored.View;
        var view = before with
        {
            Url = url,
            EventTypes = types,
            Enabled = settings.Enabled,
            DisabledReason = settings.Enabled ? null : before.Enabled ? Disabler(caller) : before.DisabledReason,
            DisabledAt = settings.Enabled ? null : before.DisabledAt ?? time.GetUtcNow(),
            Version = before.Version + 1,
        };
        var secretChanged = secret is not null && secret != stored.Secret;
        var change = audit.Change(caller, "Webhook", id.ToString(), Audited.Of(before), Audited.Of(view), secretChanged ? ["secret"] : []);
        if (change is null)
        {
            return before;
        }

        if (!await registry.Update(new StoredWebhook(view, secretChanged ? secret! : stored.Secret), change))
        {
            throw new VersionConflictException(before.Version, (await registry.Find(id))?.View.Version ?? before.Version);
        }

        if (view.Enabled)
        {
            await GrainFactory.GetGrain<IWebhookDispatcherGrain>(0).Start();
        }

        return view;
    }

    public async Task<ImmutableArray<WebhookView>> List(Caller caller)
    {
        caller.EnsureRole(Readers, "see webhooks");
        return await registry.List();
    }

    public async Task<WebhookView> Get(Caller caller, Guid id)
    {
        caller.EnsureRole(Readers, "see webhooks");
        return (await registry.Find(id))?.View ?? throw new NotFoundException("Webhook", id.ToString());
    }

    public async Task<WebhookDeliveryPage> Deliveries(Caller caller, Guid id, WebhookDeliveryStatus? status, int page, int pageSize)
    {
        await Get(caller, id);
        return await deliveries.Page(id, status, page, pageSize);
    }

    private static string Disabler(Caller caller) => $"Disabled by {caller.DisplayName}.";

    /// <summary>An absolute http(s) URL to a host webhooks may reach (<see cref="WebhookHosts"/>), as DexFlow writes it.</summary>
    private async Task<string> CheckUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxUrlLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            throw ValidationException.For("url", $"An absolute http or https URL, at most {MaxUrlLength:N0} characters.");
        }

        if (uri.UserInfo.Length > 0)
        {
            throw ValidationException.For("url", "Put no user name or password in the URL: deliveries are signed with the webhook's secret.");
        }

        try
        {
            return (await new WebhookHosts(options.Value).Addresses(uri.IdnHost, uri.Port, CancellationToken.None)).Length > 0
                ? uri.AbsoluteUri
                : throw ValidationException.For("url", $"{uri.Host} is on a private, loopback or link-local network: DexFlow calls such "
                                                       + "hosts only when its operators allow them (DexFlow:Webhooks:AllowedHosts).");
        }
        catch (SocketException)
        {
            throw ValidationException.For("url", $"{uri.Host} is not a host name DexFlow can resolve.");
        }
    }

    private static string? CheckSecret(string? secret) =>
        secret is null || (secret.Length is >= 24 and <= 200 && !secret.Any(char.IsControl))
            ? secret
            : throw ValidationException.For("secret", "24 to 200 characters without control characters; leave it out and DexFlow makes one.");

    /// <summary>What the configuration audit records of a webhook: everything but its secret, which it only says changed.</summary>
    private sealed record Audited(string Url, ImmutableArray<string> EventTypes, bool Enabled)
    {
        public static Audited Of(WebhookView view) => new(view.Url, view.EventTypes, view.Enabled);
    }
}
