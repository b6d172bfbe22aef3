namespace DexFlow.Grains.Storage;

/// <summary>
/// The store refused a read-model row for what is in it (a data or constraint error): writing it again can never
/// succeed, so the writer stops retrying and says so (<see cref="ReadModelHealth"/>) instead.
/// </summary>
public sealed class RowRefusedException(Exception refusal) : Exception($"The store refuses the row: {refusal.GetBaseException().Message}", refusal);
