using System.Collections.Immutable;
using System.Text.Json;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Validation;
using DexFlow.Grains.Storage;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// The words of read pages with their boxes, in <c>dexflow.page_words</c> by file content and page. Kept out of parcel
/// state: a page's boxes are several times the size of its text. Written through the silo's
/// <see cref="StatementBatcher"/>, so the pages read at the same time share a commit.
/// </summary>
public sealed class PageWordsStore(NpgsqlDataSource db, StatementBatcher batcher, TimeProvider clock)
{
    public async Task Save(ContentRef file, int page, PageResult result)
    {
        var words = JsonSerializer.Serialize(result.Words.Select(word =>
            new object[] { SafeText.Clean(word.Text), word.Left, word.Top, word.Width, word.Height, word.Confidence }));
        await batcher.Run(() =>
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO dexflow.page_words (sha256, page, source, quarter_turns, words, read_at)
                VALUES (@sha256, @page, @source, @turns, @words, @at)
                ON CONFLICT (sha256, page) DO UPDATE SET source = excluded.source, quarter_turns = excluded.quarter_turns,
                    words = excluded.words, read_at = excluded.read_at
                """);
            command.Parameters.AddWithValue("sha256", file.Sha256);
            command.Parameters.AddWithValue("page", page);
            command.Parameters.AddWithValue("source", result.Reading.Source.ToString());
            command.Parameters.AddWithValue("turns", (short)result.Reading.QuarterTurns);
            command.Parameters.Add(new NpgsqlParameter("words", NpgsqlDbType.Jsonb) { Value = words });
            command.Parameters.AddWithValue("at", clock.GetUtcNow().UtcDateTime);
            return command;
        }, _ => new object());
    }

    /// <summary>The stored words of the file's <paramref name="pages"/> (from 0), by page; a page never read is missing.</summary>
    public async Task<Dictionary<int, PageWords>> Find(ContentRef file, ImmutableArray<int> pages)
    {
        await using var command = db.CreateCommand(
            "SELECT page, source, quarter_turns, words::text FROM dexflow.page_words WHERE sha256 = @sha256 AND page = ANY(@pages)");
        command.Parameters.AddWithValue("sha256", file.Sha256);
        command.Parameters.AddWithValue("pages", pages.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var found = new Dictionary<int, PageWords>();
        while (await reader.ReadAsync())
        {
            found[reader.GetInt32(0)] = new PageWords(reader.GetInt32(0) + 1, reader.GetString(1), reader.GetInt16(2), Words(reader.GetString(3)));
        }

        return found;
    }

    private static ImmutableArray<WordBox> Words(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(word => new WordBox(word[0].GetString() ?? "",
            word[1].GetDouble(), word[2].GetDouble(), word[3].GetDouble(), word[4].GetDouble(), word[5].GetInt32()))];
    }
}
