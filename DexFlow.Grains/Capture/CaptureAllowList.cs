namespace DexFlow.Grains.Capture;

/// <summary>
/// Where capture points may reach, as operators configured it (<see cref="CaptureOptions"/>): folders inside the
/// allowed roots, mail servers on the allowed list. Checked when an administrator configures a capture point and again
/// before every poll, because links on disk and the configuration may change in between.
/// </summary>
public sealed class CaptureAllowList(CaptureOptions options)
{
    public IReadOnlyList<string> Roots => options.AllowedRoots;

    public IReadOnlyList<string> MailHosts => options.AllowedMailHosts;

    public bool AllowsFolder(string path) => AllowedFolder(path) is not null;

    /// <summary>The folder with its links resolved, when that is one of the roots or inside one; otherwise null.</summary>
    public string? AllowedFolder(string path)
    {
        try
        {
            var real = RealPath.Of(path);
            return options.AllowedRoots.Any(root => RealPath.IsWithin(real, RealPath.Of(root))) ? real : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A path that cannot be followed to its end cannot be shown to be inside a root.
            return null;
        }
    }

    public bool AllowsMailHost(string host, int port) =>
        options.AllowedMailHosts.Select(MailHostEntry.Parse).Any(entry => entry is not null && entry.Allows(host, port));
}
