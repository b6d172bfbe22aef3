using DexFlow.Contracts.Capture;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Grains.Content;

namespace DexFlow.Grains.Capture;

/// <summary>
/// Picks up files from a watched folder. A file is taken only once its size and modification time have stayed the same
/// for the configured time (it is no longer being written), stored, handed to its parcel, and moved away only after
/// the parcel is durable. The delivery key is the file's name and content hash, so the same file dropped again lands
/// on the same parcel. Every poll first resolves the folders' links and checks them against the allowed roots, and
/// symbolic links dropped into the folder are set aside unread: they could lead anywhere.
/// </summary>
public sealed class FolderCapture(IContentStore store, CaptureDelivery delivery, CaptureAllowList allowList, long maxFileBytes)
{
    private readonly Dictionary<string, (long Length, DateTime Written, DateTimeOffset Since)> _watched = [];

    public sealed record Outcome(int Delivered, int Refused, string? Error);

    public async Task<Outcome> Poll(string capturePointId, CapturePointSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var folder = settings.Folder ?? throw new InvalidOperationException("A folder capture point needs folder settings.");
        var watched = Allowed(folder.Path);
        var processed = Allowed(folder.ProcessedFolder ?? Path.Combine(folder.Path, "processed"));
        var failed = Allowed(folder.FailedFolder ?? Path.Combine(folder.Path, "failed"));
        if (!Directory.Exists(watched))
        {
            throw new DirectoryNotFoundException($"The watched folder {folder.Path} ({watched}) does not exist.");
        }

        int delivered = 0, refused = 0;
        var present = new HashSet<string>();
        foreach (var path in Directory.EnumerateFiles(watched).Where(IsCandidate))
        {
            present.Add(path);
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                await SetAside(path, failed, "DexFlow does not take symbolic links; put the file itself into the folder.", cancellationToken);
                refused++;
                continue;
            }

            if (!_watched.TryGetValue(path, out var seen) || seen.Length != info.Length || seen.Written != info.LastWriteTimeUtc)
            {
                _watched[path] = (info.Length, info.LastWriteTimeUtc, now);
                continue;
            }

            if (now - seen.Since < folder.StableFor)
            {
                continue;
            }

            var (taken, refusal) = await Take(capturePointId, settings.Channel, path, cancellationToken);
            if (taken)
            {
                Move(path, processed);
                delivered++;
            }
            else
            {
                await SetAside(path, failed, refusal!, cancellationToken);
                refused++;
            }

            _watched.Remove(path);
        }

        foreach (var gone in _watched.Keys.Where(path => !present.Contains(path)).ToArray())
        {
            _watched.Remove(gone);
        }

        return new Outcome(delivered, refused, null);
    }

    private string Allowed(string path) =>
        allowList.AllowedFolder(path) ?? throw new CaptureNotAllowedException($"The folder {path} is outside the allowed capture roots.");

    private static string Move(string path, string folder)
    {
        Directory.CreateDirectory(folder);
        var destination = Unique(Path.Combine(folder, Path.GetFileName(path)));
        File.Move(path, destination);
        return destination;
    }

    /// <summary>Moves a refused file to the failed folder, with the reason beside it for whoever dropped it.</summary>
    private static async Task SetAside(string path, string failed, string reason, CancellationToken cancellationToken) =>
        await File.WriteAllTextAsync(Move(path, failed) + ".reason.txt", reason, cancellationToken);

    private async Task<(bool Taken, string? Refusal)> Take(string capturePointId, CaptureChannel channel, string path, CancellationToken cancellationToken)
    {
        ContentRef content;
        try
        {
            using var writer = store.Create(maxFileBytes);
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, PostgresContentStore.ChunkSize, useAsync: true))
            {
                var buffer = new byte[PostgresContentStore.ChunkSize];
                int read;
                while ((read = await file.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    await writer.Write(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            content = await writer.Publish(cancellationToken);
        }
        catch (DomainException refusal) when (refusal is ValidationException or ContentTooLargeException)
        {
            return (false, refusal.Message);
        }

        var name = FileNames.Safe(Path.GetFileName(path));
        var details = DeliveryDetails.None with { Note = $"picked up from {Path.GetDirectoryName(path)}" };
        return await delivery.Deliver(new Delivery(capturePointId, channel, $"{name}:{content.Sha256}", [new IncomingFile(name, "application/octet-stream", content)], details));
    }

    private static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".reason.txt", StringComparison.OrdinalIgnoreCase);
    }

    private static string Unique(string path)
    {
        var candidate = path;
        for (var copy = 1; File.Exists(candidate); copy++)
        {
            candidate = Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}.{copy}{Path.GetExtension(path)}");
        }

        return candidate;
    }
}
