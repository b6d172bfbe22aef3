namespace DexFlow.Grains.Numbering;

/// <summary>
/// Numbers of one series and year that this silo has drawn from the sequence and not handed out yet. Under load it
/// draws them in blocks, one round trip for many creations; a quiet silo draws one at a time, so that its numbers stay
/// consecutive and a restart loses none. Numbers left in a block when the silo stops are never handed out.
/// </summary>
public sealed class NumberReserve
{
    /// <summary>The most numbers drawn at once: at most this many are lost when a silo stops.</summary>
    public const int LargestBlock = 64;

    /// <summary>A silo that needs more numbers again within this time is busy, and draws a block twice as large.</summary>
    private static readonly TimeSpan Busy = TimeSpan.FromSeconds(1);

    private readonly Queue<long> _held = new();
    private readonly SemaphoreSlim _drawing = new(1, 1);
    private readonly TimeProvider _time;
    private int _blockSize = 1;
    private long? _lastDraw;

    public NumberReserve(TimeProvider time) => _time = time;

    /// <summary>The next number held, drawing a block with <paramref name="draw"/> (numbers in increasing order) when none is.</summary>
    public async Task<long> Take(Func<int, Task<IReadOnlyList<long>>> draw)
    {
        if (TryTake(out var number))
        {
            return number;
        }

        // One draw at a time: those who waited for it take from what it brought.
        await _drawing.WaitAsync();
        try
        {
            if (TryTake(out number))
            {
                return number;
            }

            _blockSize = _lastDraw is { } last && _time.GetElapsedTime(last) < Busy ? Math.Min(_blockSize * 2, LargestBlock) : 1;
            _lastDraw = _time.GetTimestamp();
            var drawn = await draw(_blockSize);
            lock (_held)
            {
                foreach (var later in drawn.Skip(1))
                {
                    _held.Enqueue(later);
                }
            }

            return drawn[0];
        }
        finally
        {
            _drawing.Release();
        }
    }

    /// <summary>Drops the numbers held (they were skipped past: see <see cref="NumberSeries.SkipPast"/>).</summary>
    public void Clear()
    {
        lock (_held)
        {
            _held.Clear();
        }
    }

    private bool TryTake(out long number)
    {
        lock (_held)
        {
            return _held.TryDequeue(out number);
        }
    }
}
