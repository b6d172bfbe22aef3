using Npgsql;

namespace DexFlow.Grains.Storage;

/// <summary>
/// The statements the migrations keep in <c>orleansquery</c> for Orleans' ADO.NET providers, read once: DexFlow's
/// batched providers send the same statements, so there is one definition of how each row is read and written. A
/// failed read is tried again on the next call.
/// </summary>
public sealed class OrleansQueries(NpgsqlDataSource db)
{
    private Task<IReadOnlyDictionary<string, string>>? _texts;

    /// <summary>The text of the statement stored under <paramref name="key"/>.</summary>
    public async Task<string> Get(string key)
    {
        var texts = _texts;
        if (texts is null || texts.IsFaulted || texts.IsCanceled)
        {
            _texts = texts = Read();
        }

        return (await texts).TryGetValue(key, out var text)
            ? text
            : throw new InvalidOperationException($"orleansquery has no statement '{key}'; the database's migrations have not run.");
    }

    private async Task<IReadOnlyDictionary<string, string>> Read()
    {
        await using var command = db.CreateCommand("SELECT querykey, querytext FROM orleansquery");
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new Dictionary<string, string>();
        while (await reader.ReadAsync())
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        return texts;
    }
}
