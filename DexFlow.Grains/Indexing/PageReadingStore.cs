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
/// The text and the words with their boxes of read pages, in <c>dexflow.page_readings</c> by file content and page
/// (from 0). Kept out of parcel state: a page's text is most of what a parcel would hold, its boxes several times more.
/// Written through the silo's <see cref="StatementBatcher"/>, so the pages read at the same time share a commit.
/// </summary>
public sealed class PageReadingStore(NpgsqlDataSource db, StatementBatcher batcher, TimeProvider clock)
{
    public async Task Save(ContentRef file, int page, PageResult result)
    {
        var words = JsonSerializer.Serialize(result.Words.Select(word =>
            new object[] { SafeText.Clean(word.Text), word.Left, word.Top, word.Width, word.Height, word.Confidence }));
        await batcher.Run(() =>
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO dexflow.page_readings (sha256, page, source, quarter_turns, text, words, read_at)
                VALUES (@sha256, @page, @source, @turns, @text, @words, @at)
                ON CONFLICT (sha256, page) DO UPDATE SET source = excluded.source, quarter_turns = excluded.quarter_turns,
                    text = excluded.text, words = excluded.words, read_at = excluded.read_at
                """);
            command.Parameters.AddWithValue("sha256", file.Sha256);
            command.Parameters.AddWithValue("page", page);
            command.Parameters.AddWithValue("source", result.Reading.Source.ToString());
            command.Parameters.AddWithValue("turns", (short)result.Reading.QuarterTurns);
            command.Parameters.AddWithValue("text", SafeText.Clean(result.Text));
            command.Parameters.Add(new NpgsqlParameter("words", NpgsqlDbType.Jsonb) { Value = words });
            command.Parameters.AddWithValue("at", clock.GetUtcNow().UtcDateTime);
            return command;
        }, _ => new object());
    }

    /// <summary>The stored text of the file's <paramref name="pages"/>, by page; a page never read is missing.</summary>
    public async Task<Dictionary<int, string>> Texts(ContentRef file, IReadOnlyCollection<int> pages)
    {
        await using var command = Select("text", file, pages);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new Dictionary<int, string>();
        while (await reader.ReadAsync())
        {
            found[reader.GetInt32(0)] = reader.GetString(1);
        }

        return found;
    }

    /// <summary>The stored words of the file's <paramref name="pages"/>, by page; a page never read is missing.</summary>
    public async Task<Dictionary<int, PageWords>> Words(ContentRef file, IReadOnlyCollection<int> pages)
    {
        await using var command = Select("source, quarter_turns, words::text", file, pages);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new Dictionary<int, PageWords>();
        while (await reader.ReadAsync())
        {
            found[reader.GetInt32(0)] = new PageWords(reader.GetInt32(0) + 1, reader.GetString(1), reader.GetInt16(2), Boxes(reader.GetString(3)));
        }

        return found;
    }

    private NpgsqlCommand Select(string columns, ContentRef file, IReadOnlyCollection<int> pages)
    {
        var command = db.CreateCommand($"SELECT page, {columns} FROM dexflow.page_readings WHERE sha256 = @sha256 AND page = ANY(@pages)");
        command.Parameters.AddWithValue("sha256", file.Sha256);
        command.Parameters.AddWithValue("pages", pages.ToArray());
        return command;
    }

    private static ImmutableArray<WordBox> Boxes(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(word => new WordBox(word[0].GetString() ?? "",
            word[1].GetDouble(), word[2].GetDouble(), word[3].GetDouble(), word[4].GetDouble(), word[5].GetInt32()))];
    }
}
