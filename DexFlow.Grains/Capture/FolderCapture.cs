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
/// on the same parcel.
/// </summary>
public sealed class FolderCapture(IContentStore store, CaptureDelivery delivery, long maxFileBytes)
{
    private readonly Dictionary<string, (long Length, DateTime Written, DateTimeOffset Since)> _watched = [];

    public sealed record Outcome(int Delivered, int Refused, string? Error);

    public async Task<Outcome> Poll(string capturePointId, CapturePointSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var folder = settings.Folder ?? throw new InvalidOperationException("A folder capture point needs folder settings.");
        if (!Directory.Exists(folder.Path))
        {
            return new Outcome(0, 0, $"the folder {folder.Path} does not exist");
        }

        var processed = folder.ProcessedFolder ?? Path.Combine(folder.Path, "processed");
        var failed = folder.FailedFolder ?? Path.Combine(folder.Path, "failed");
        int delivered = 0, refused = 0;
        var present = new HashSet<string>();
        foreach (var path in Directory.EnumerateFiles(folder.Path).Where(IsCandidate))
        {
            present.Add(path);
            var info = new FileInfo(path);
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
            Directory.CreateDirectory(taken ? processed : failed);
            var destination = Unique(Path.Combine(taken ? processed : failed, Path.GetFileName(path)));
            File.Move(path, destination);
            if (refusal is not null)
            {
                await File.WriteAllTextAsync(destination + ".reason.txt", refusal, cancellationToken);
            }

            _watched.Remove(path);
            (delivered, refused) = taken ? (delivered + 1, refused) : (delivered, refused + 1);
        }

        foreach (var gone in _watched.Keys.Where(path => !present.Contains(path)).ToArray())
        {
            _watched.Remove(gone);
        }

        return new Outcome(delivered, refused, null);
    }

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
