using DexFlow.Contracts.Capture;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using DexFlow.Grains.AuditTrail;
using DexFlow.Grains.Content;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Capture;

/// <summary>
/// A polled capture point: one activation in the cluster polls its folder or mailbox on a grain timer. A durable
/// reminder brings it back on another silo when its silo dies, and after a restart.
/// </summary>
public sealed partial class CapturePointGrain(
    [PersistentState("capture-point", DexFlowStorage.Name)] IPersistentState<CapturePointState> point,
    CaptureDirectory directory,
    IContentStore store,
    IOptions<ContentOptions> content,
    IOptions<CaptureOptions> capture,
    TimeProvider time,
    ConfigurationAudit audit,
    ILogger<CapturePointGrain> logger) : Grain, ICapturePointGrain, IRemindable
{
    private const string KeepAlive = "keep-polling";

    private IGrainTimer? _poller;
    private FolderCapture? _folder;
    private ImapCapture? _imap;
    private DateTimeOffset? _lastPoll;

    private string Id => this.GetPrimaryKeyString();

    private CaptureAllowList AllowList => new(capture.Value);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        StartOrStop();
        await WriteChanges();
    }

    public async Task<CapturePointView> Configure(Caller caller, CapturePointSettings settings)
    {
        if (!caller.Has(Roles.Administrator))
        {
            throw new ForbiddenException("configure capture points", "only administrators configure capture points");
        }

        Validate(settings, AllowList);
        if (settings is { Enabled: true, Kind: not CaptureKind.ScannerStation })
        {
            await this.RegisterOrUpdateReminder(KeepAlive, capture.Value.KeepAlivePeriod, capture.Value.KeepAlivePeriod);
        }
        else if (await this.GetReminder(KeepAlive) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        var before = point.State.Settings;
        string[] secrets = before?.Imap?.Password != settings.Imap?.Password && settings.Imap?.Password is not null ? ["imap.password"] : [];
        var change = audit.Change(caller, "CapturePoint", Id, WithoutSecrets(before), WithoutSecrets(settings)!, secrets);
        await Save(point.State with
        {
            Settings = settings,
            Version = point.State.Version + 1,
            UnwrittenChanges = change is null ? point.State.UnwrittenChanges : point.State.UnwrittenChanges.Add(change),
        });
        (_folder, _imap) = (null, null);
        StartOrStop();
        await WriteChanges();
        return View();
    }

    public Task<CapturePointView> Get(Caller caller)
    {
        if (!caller.Has(Roles.Administrator | Roles.Clerk | Roles.Auditor))
        {
            throw new ForbiddenException("see capture points", "only administrators, clerks and auditors see them");
        }

        return point.State.Settings is null ? throw new NotFoundException("Capture point", Id) : Task.FromResult(View());
    }

    public Task<bool> TakesScans() =>
        Task.FromResult(point.State.Settings is { Kind: CaptureKind.ScannerStation, Enabled: true });

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        StartOrStop();
        return Task.CompletedTask;
    }

    private void StartOrStop()
    {
        var settings = point.State.Settings;
        _poller?.Dispose();
        _poller = settings is { Enabled: true, Kind: CaptureKind.Folder or CaptureKind.Imap }
            ? this.RegisterGrainTimer(Poll, new GrainTimerCreationOptions(TimeSpan.Zero, settings.PollEvery) { KeepAlive = true })
            : null;
    }

    private async Task Poll(CancellationToken cancellationToken)
    {
        var settings = point.State.Settings!;
        var maxBytes = content.Value.MaxFileBytes;
        var delivery = new CaptureDelivery(GrainFactory);
        var statistics = point.State.Statistics;
        FolderCapture.Outcome outcome;
        try
        {
            outcome = settings.Kind == CaptureKind.Folder
                ? await (_folder ??= new FolderCapture(store, delivery, AllowList, maxBytes)).Poll(Id, settings, time.GetUtcNow(), cancellationToken)
                : await (_imap ??= new ImapCapture(store, delivery, AllowList, maxBytes)).Poll(Id, settings, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // People see a fixed sentence; the details are logged, once each time the kind of failure changes.
            outcome = new FolderCapture.Outcome(0, 0, CaptureFailures.Describe(settings.Kind, exception));
            if (outcome.Error != statistics.LastError)
            {
                LogPollFailed(exception, Id);
            }
        }

        _lastPoll = time.GetUtcNow();
        if (outcome.Delivered + outcome.Refused > 0 || outcome.Error != statistics.LastError)
        {
            await Save(point.State with
            {
                Statistics = statistics with
                {
                    Delivered = statistics.Delivered + outcome.Delivered,
                    Refused = statistics.Refused + outcome.Refused,
                    LastDeliveryAt = outcome.Delivered + outcome.Refused > 0 ? _lastPoll : statistics.LastDeliveryAt,
                    LastError = outcome.Error,
                },
                Version = point.State.Version + 1,
            });
        }
    }

    private async Task Save(CapturePointState next)
    {
        point.State = next;
        await point.WriteStateAsync();
        await directory.Upsert(Id, point.State.Version, View());
    }

    /// <summary>Hands the settings' changes to the audit trail; they stay in the state until it has them.</summary>
    private async Task WriteChanges()
    {
        if (!point.State.UnwrittenChanges.IsEmpty && await audit.TryWrite(point.State.UnwrittenChanges))
        {
            point.State = point.State with { UnwrittenChanges = [] };
            await point.WriteStateAsync();
        }
    }

    /// <summary>The settings as the audit trail records them: a mailbox's password is never written down.</summary>
    private static CapturePointSettings? WithoutSecrets(CapturePointSettings? settings) =>
        settings?.Imap is { } imap ? settings with { Imap = imap with { Password = null } } : settings;

    private CapturePointView View()
    {
        var settings = point.State.Settings!;
        return new CapturePointView(Id, settings.Kind, settings.Enabled, settings.Channel, settings.PollEvery, settings.Folder,
            settings.Imap is { } imap ? imap with { Password = null } : null,
            point.State.Statistics with { LastPollAt = _lastPoll ?? point.State.Statistics.LastPollAt });
    }

    private static void Validate(CapturePointSettings settings, CaptureAllowList allowList)
    {
        var roots = allowList.Roots.Count == 0 ? "none is configured" : string.Join(", ", allowList.Roots);
        var outsideRoots = $"Must be inside an allowed capture folder ({roots}); operators allow folders with DexFlow__Capture__AllowedRoots.";
        var problem = settings switch
        {
            { PollEvery.TotalMilliseconds: < 100 } => ("pollEvery", "At least 100 ms."),
            { Kind: CaptureKind.Folder, Folder: null } => ("folder", "Required for a folder capture point."),
            { Kind: CaptureKind.Folder, Folder: { } folder } => FolderProblem(folder, settings.Enabled ? allowList : null, outsideRoots),
            { Kind: CaptureKind.Imap, Imap: null } => ("imap", "Required for an IMAP capture point."),
            { Kind: CaptureKind.Imap, Imap: { } imap } when string.IsNullOrWhiteSpace(imap.Host) || imap.Port is < 1 or > 65535 => ("imap", "Host and port are required."),
            // The password is never returned, so a change that leaves it out would store none and the mailbox would stop logging in.
            { Kind: CaptureKind.Imap, Enabled: true, Imap: { } imap } when string.IsNullOrEmpty(imap.Password) =>
                ("imap.password", "Required for an enabled mailbox; it is never shown again, so send it with every change."),
            { Kind: CaptureKind.Imap, Enabled: true, Imap: { } imap } when !allowList.AllowsMailHost(imap.Host, imap.Port) =>
                ("imap.host", $"This mail server is not allowed (allowed: {(allowList.MailHosts.Count == 0 ? "none is configured" : string.Join(", ", allowList.MailHosts))}); operators allow servers with DexFlow__Capture__AllowedMailHosts."),
            _ => default((string, string)?),
        };
        if (problem is var (field, error))
        {
            throw ValidationException.For(field, error);
        }
    }

    /// <summary>
    /// The watched folder and the folders files are moved to must each be absolute and, links resolved, inside a root.
    /// Where a point reaches is checked when it is enabled (a disabled one reaches nowhere), so that a point whose
    /// folder is no longer allowed can still be switched off.
    /// </summary>
    private static (string, string)? FolderProblem(FolderSettings folder, CaptureAllowList? allowList, string outsideRoots)
    {
        foreach (var (field, path) in new[] { ("folder.path", folder.Path), ("folder.processedFolder", folder.ProcessedFolder), ("folder.failedFolder", folder.FailedFolder) })
        {
            if (path is null)
            {
                continue;
            }

            if (!Path.IsPathRooted(path))
            {
                return (field, "Must be an absolute path.");
            }

            if (allowList is not null && !allowList.AllowsFolder(path))
            {
                return (field, outsideRoots);
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling capture point {Id} failed")]
    private partial void LogPollFailed(Exception exception, string id);
}
