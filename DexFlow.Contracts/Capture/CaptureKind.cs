namespace DexFlow.Contracts.Capture;

/// <summary>
/// The kinds of configured capture points. DexFlow polls folders and mailboxes itself; scanner stations push through the
/// upload (naming their station id), and REST upload and the office plugin need no configuration.
/// </summary>
[GenerateSerializer]
public enum CaptureKind
{
    /// <summary>A watched folder (file pickup), polled so that network shares work.</summary>
    Folder,

    /// <summary>An IMAP mailbox (e-mail capture).</summary>
    Imap,

    /// <summary>A scanner station of document services; uploads that name it are its scans.</summary>
    ScannerStation,
}
