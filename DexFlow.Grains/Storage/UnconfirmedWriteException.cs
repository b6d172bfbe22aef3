namespace DexFlow.Grains.Storage;

/// <summary>
/// A grain's state write failed on the way to or from the store: it may have landed. Callers get
/// <see cref="Contracts.Errors.OutcomeUnknownException"/> (never "nothing changed"); background work treats it as any
/// store failure and tries again, since every step is safe to repeat.
/// </summary>
public sealed class UnconfirmedWriteException(Exception failure)
    : Exception("The state write failed; whether it landed is unknown.", failure);
