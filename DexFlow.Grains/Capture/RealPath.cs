namespace DexFlow.Grains.Capture;

/// <summary>
/// A path as the file system will follow it: every symbolic link on the way resolved and every <c>..</c> applied to
/// where the links lead (as realpath(3) does), so that a check of where a path is cannot be fooled by either.
/// Components that do not exist yet are kept as written.
/// </summary>
public static class RealPath
{
    // As Linux's own limit on links followed while resolving one path (ELOOP).
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        // Not Path.GetFullPath: it would apply ".." before the links are resolved ("link/.." is not where "link" is).
        var absolute = Path.IsPathRooted(path) ? path : Path.Join(Environment.CurrentDirectory, path);
        var resolved = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>();
        Push(pending, absolute[resolved.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Join(resolved, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"Too many symbolic links in {path}.");
            }

            // A relative target continues from the link's folder; an absolute one starts again at its root.
            var targetRoot = Path.GetPathRoot(target);
            if (!string.IsNullOrEmpty(targetRoot))
            {
                resolved = targetRoot;
                target = target[targetRoot.Length..];
            }

            Push(pending, target);
        }

        return resolved;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it, both already resolved.</summary>
    public static bool IsWithin(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        var prefix = Path.EndsInDirectorySeparator(trimmed) ? trimmed : trimmed + Path.DirectorySeparatorChar;
        return path == trimmed || path.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
