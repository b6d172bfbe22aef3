using Npgsql;

namespace DexFlow.Grains.Storage;

/// <summary>Rows written many at a time: the statements that write a batch of items (multi-row, one set per batch).</summary>
public interface IBatchedRows
{
    IEnumerable<NpgsqlBatchCommand> Commands(IReadOnlyList<object> items);
}
