using System.Security.Cryptography;
using DexFlow.Grains.Content;
using DexFlow.Grains.Storage;
using DexFlow.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DexFlow.Cluster.Tests;

/// <summary>
/// The content store: every file comes back byte for byte, identical files are kept once, small files arriving at once
/// share commits, and small files a silo stored or read lately come from its memory.
/// </summary>
public sealed class ContentStoreTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private PostgresContentStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        // Keeping no file in memory, so that every read below comes from the database.
        _store = Store(recentFilesBytes: 0);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Small_files_stored_at_once_share_transactions_and_each_comes_back_whole()
    {
        var files = Enumerable.Range(0, 100).Select(i => RandomNumberGenerator.GetBytes(1_000 + i * 997)).ToArray();

        var stored = await Task.WhenAll(files.Select(file => _store.Put(file, long.MaxValue)));

        for (var i = 0; i < files.Length; i++)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(files[i])), stored[i].Sha256);
            Assert.Equal(files[i], await _store.ReadAll(stored[i]));
        }

        var transactions = await _database.Scalar<long>("SELECT count(DISTINCT xmin::text) FROM dexflow.content");
        Assert.True(transactions < 50, $"100 files took {transactions} transactions");
    }

    [Fact]
    public async Task The_same_file_stored_many_times_at_once_is_kept_once()
    {
        var file = RandomNumberGenerator.GetBytes(40_000);

        var stored = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _store.Put(file, long.MaxValue)));

        Assert.Single(stored.Distinct());
        Assert.Equal(file, await _store.ReadAll(stored[0]));
        Assert.Equal(1, await _database.Scalar<long>("SELECT count(*) FROM dexflow.content_chunks k JOIN dexflow.content c USING (storage_key) WHERE c.sha256 = @sha",
            ("sha", stored[0].Sha256)));
    }

    [Fact]
    public async Task A_file_of_many_chunks_comes_back_whole_and_in_ranges_across_chunk_boundaries()
    {
        var file = RandomNumberGenerator.GetBytes(PostgresContentStore.ChunkSize * 2 + 12_345);

        var stored = await _store.Put(file, long.MaxValue);

        Assert.Equal(file, await _store.ReadAll(stored));
        var across = PostgresContentStore.ChunkSize - 100;
        Assert.Equal(file[across..(across + 300)], await _store.Read(stored.Sha256, across, 300));
        Assert.Equal(file[^10..], await _store.Read(stored.Sha256, file.Length - 10, 500));
    }

    [Fact]
    public async Task A_small_file_this_silo_stored_comes_from_memory_whole_and_in_ranges()
    {
        var silo = Store(recentFilesBytes: 1024 * 1024);
        var file = RandomNumberGenerator.GetBytes(100_000);

        var stored = await silo.Put(file, long.MaxValue);
        await ForgetStoredBytes();

        Assert.Equal(file, await silo.ReadAll(stored));
        Assert.Equal(file[1_000..1_500], await silo.Read(stored.Sha256, 1_000, 500));
        Assert.Equal(file[^10..], await silo.Read(stored.Sha256, file.Length - 10, 500));
        Assert.Empty((await silo.Read(stored.Sha256, file.Length + 5, 500))!);
    }

    [Fact]
    public async Task A_small_file_read_once_is_kept_and_a_large_one_is_not()
    {
        var small = RandomNumberGenerator.GetBytes(30_000);
        var large = RandomNumberGenerator.GetBytes(PostgresContentStore.ChunkSize + 1);
        var storedSmall = await _store.Put(small, long.MaxValue);
        var storedLarge = await _store.Put(large, long.MaxValue);
        var silo = Store(recentFilesBytes: 1024 * 1024);

        Assert.Equal(small, await silo.ReadAll(storedSmall));
        Assert.Equal(large, await silo.ReadAll(storedLarge));
        await ForgetStoredBytes();

        Assert.Equal(small, await silo.ReadAll(storedSmall));
        Assert.NotEqual(large, await silo.ReadAll(storedLarge));
    }

    /// <summary>Deletes every file's bytes from the database: what still reads back came from memory.</summary>
    private Task<long> ForgetStoredBytes() =>
        _database.Scalar<long>("WITH deleted AS (DELETE FROM dexflow.content_chunks RETURNING 1) SELECT count(*) FROM deleted");

    private PostgresContentStore Store(long recentFilesBytes) =>
        new(_database.DataSource, NullLogger<StatementBatcher>.Instance, Options.Create(new ContentOptions { RecentFilesBytes = recentFilesBytes }));
}
