namespace DexFlow.Grains.Search;

/// <summary>
/// Finds the newest matches of a text query, at most <see cref="Candidates"/>, the way that reads less. A word most
/// rows hold is found by walking the newest rows and testing each (the full-text index would hand over millions of
/// rows to sort); a rare word by the full-text index (walking would test every row of the table). Which one it is, the
/// planner can only guess from its statistics, and a wrong guess costs minutes on a million orders, so the choice is
/// made here from what a short walk found: its share of matches says how long a walk would have to be.
/// </summary>
public static class NewestMatches
{
    /// <summary>
    /// Hits are ranked among this many of the most recent matches: ranking every match of a common word would read a
    /// good part of the table; the newest thousand are the ones a person pages through.
    /// </summary>
    public const int Candidates = 1000;

    /// <summary>Rows the first walk tests: enough to tell a word in half the rows from one in a few percent.</summary>
    public const int FirstWalk = 2_000;

    /// <summary>The longest walk worth taking: beyond it, the index finds the few matches faster.</summary>
    public const int LongestWalk = 20_000;

    /// <summary>
    /// <paramref name="walk"/> tests the newest rows, at most the number it is given (written into its statement: a limit the planner
    /// cannot see would be planned as a tenth of the table), and answers how many it walked
    /// and the ids of the matches among them, newest first (at most <see cref="Candidates"/>); <paramref name="index"/>
    /// answers the newest matches found through the full-text index.
    /// </summary>
    public static async Task<IReadOnlyList<string>> Find(Func<int, Task<Walk>> walk, Func<Task<IReadOnlyList<string>>> index)
    {
        var first = await walk(FirstWalk);
        if (first.Complete(FirstWalk))
        {
            return first.Matches;
        }

        // The walk's share of matches, with a margin, says how many rows would hold enough of them; rounded up to whole
        // first walks, so that the statements a walk runs are few (they are prepared once they repeat).
        if (first.Matches.Count > 0)
        {
            var rows = (long)Math.Ceiling(Candidates * 1.25 * first.Walked / first.Matches.Count);
            var needed = (rows + FirstWalk - 1) / FirstWalk * FirstWalk;
            if (needed <= LongestWalk)
            {
                var longer = await walk((int)needed);
                if (longer.Complete((int)needed))
                {
                    return longer.Matches;
                }
            }
        }

        return await index();
    }

    /// <summary>What a walk over the newest rows found.</summary>
    public sealed record Walk(int Walked, IReadOnlyList<string> Matches)
    {
        /// <summary>It found enough matches, or walked every row there is.</summary>
        public bool Complete(int limit) => Matches.Count >= Candidates || Walked < limit;
    }
}
