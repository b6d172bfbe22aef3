using DexFlow.Grains.Search;

namespace DexFlow.Domain.Tests.Search;

/// <summary>
/// Search finds the newest matches of a word by a walk over the newest rows or by the full-text index, whichever reads
/// less; either way it finds the same matches.
/// </summary>
public sealed class NewestMatchesTests
{
    [Fact]
    public async Task A_word_in_most_rows_is_found_by_one_short_walk()
    {
        var table = new Table(1_000_000, row => row % 3 != 0);

        var found = await table.Find();

        Assert.Equal(table.Newest(), found);
        Assert.Equal([NewestMatches.FirstWalk], table.Walks);
        Assert.False(table.IndexUsed);
    }

    [Fact]
    public async Task A_word_in_a_tenth_of_the_rows_is_found_by_a_walk_long_enough_for_it()
    {
        var table = new Table(1_000_000, row => row % 10 == 0);

        var found = await table.Find();

        Assert.Equal(table.Newest(), found);
        Assert.Equal(2, table.Walks.Count);
        Assert.InRange(table.Walks[1], 10_000, NewestMatches.LongestWalk);
        Assert.False(table.IndexUsed);
    }

    [Fact]
    public async Task A_rare_word_is_found_through_the_index_after_one_short_walk()
    {
        var table = new Table(1_000_000, row => row % 4_999 == 0);

        var found = await table.Find();

        Assert.Equal(table.Newest(), found);
        Assert.Equal([NewestMatches.FirstWalk], table.Walks);
        Assert.True(table.IndexUsed);
    }

    [Fact]
    public async Task A_word_whose_matches_thin_out_past_the_walk_falls_back_to_the_index()
    {
        // Common among the newest rows only: the longer walk does not find enough, the index does.
        var table = new Table(1_000_000, row => row < 3_000 ? row % 10 == 0 : row % 1_000 == 0);

        var found = await table.Find();

        Assert.Equal(table.Newest(), found);
        Assert.Equal(2, table.Walks.Count);
        Assert.True(table.IndexUsed);
    }

    [Fact]
    public async Task A_table_shorter_than_the_walk_is_answered_by_the_walk()
    {
        var table = new Table(700, row => row % 7 == 0);

        var found = await table.Find();

        Assert.Equal(100, found.Count);
        Assert.Equal(table.Newest(), found);
        Assert.False(table.IndexUsed);
    }

    /// <summary>Rows numbered from the newest (0); a row matches where <paramref name="matches"/> says.</summary>
    private sealed class Table(int rows, Func<int, bool> matches)
    {
        public List<int> Walks { get; } = [];

        public bool IndexUsed { get; private set; }

        public Task<IReadOnlyList<string>> Find() => NewestMatches.Find(Walk, Index);

        public IReadOnlyList<string> Newest() => [.. Enumerable.Range(0, rows).Where(matches).Take(NewestMatches.Candidates).Select(Id)];

        private Task<NewestMatches.Walk> Walk(int limit)
        {
            Walks.Add(limit);
            var walked = Math.Min(limit, rows);
            IReadOnlyList<string> found = [.. Enumerable.Range(0, walked).Where(matches).Take(NewestMatches.Candidates).Select(Id)];
            return Task.FromResult(new NewestMatches.Walk(walked, found));
        }

        private Task<IReadOnlyList<string>> Index()
        {
            IndexUsed = true;
            return Task.FromResult(Newest());
        }

        private static string Id(int row) => $"d{row}";
    }
}
