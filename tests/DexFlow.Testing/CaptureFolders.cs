namespace DexFlow.Testing;

/// <summary>Watched folders for tests, inside the one capture root the test clusters allow.</summary>
public static class CaptureFolders
{
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "dexflow-capture-tests");

    /// <summary>The mail server the test clusters allow: Dovecot on loopback, any port.</summary>
    public const string MailHost = "127.0.0.1";

    public static string Create(string prefix)
    {
        var folder = Path.Combine(Root, prefix + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
