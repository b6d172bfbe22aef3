namespace DexFlow.Grains.Validation;

/// <summary>
/// How much free text and how many items one request may carry: the one place these limits live. Every text a
/// person types into an order command or request is bounded, so no request costs more than its size suggests
/// (PDF layout, audit entries, full-text search all grow with it).
/// </summary>
public static class InputLimits
{
    /// <summary>Names, numbers, ids, titles, e-mail addresses, search terms.</summary>
    public const int ShortText = 200;

    /// <summary>Addresses, notes, reasons: a few paragraphs.</summary>
    public const int LongText = 4000;

    /// <summary>Reasons of one review decision.</summary>
    public const int Reasons = 20;

    /// <summary>Finishing operations of one order form.</summary>
    public const int FinishingOperations = 20;

    /// <summary>Slots of one plan (a work sheet has a handful of processes).</summary>
    public const int ScheduleSlots = 100;

    /// <summary>The Idempotency-Key header.</summary>
    public const int IdempotencyKey = 200;
}
