namespace DexFlow.Contracts.Capture;

/// <summary>Capture points that DexFlow polls itself. REST upload, scanner stations and the office plugin push instead.</summary>
[GenerateSerializer]
public enum CaptureKind
{
    /// <summary>A watched folder (file pickup), polled so that network shares work.</summary>
    Folder,

    /// <summary>An IMAP mailbox (e-mail capture).</summary>
    Imap,
}
