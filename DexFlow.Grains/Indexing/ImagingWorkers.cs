using System.Threading.Channels;
using DexFlow.Grains.Imaging;
using Microsoft.Extensions.Options;

namespace DexFlow.Grains.Indexing;

/// <summary>
/// The silo's page readers: a fixed number of dedicated threads (by default one per core), each keeping its own
/// Tesseract engine for its lifetime. Page work queues here instead of running on Orleans' scheduler threads, so
/// heavy OCR never starves grain calls, and the per-silo limit of concurrent OCR is simply the number of threads.
/// </summary>
public sealed class ImagingWorkers : IDisposable
{
    private readonly Channel<Action<OcrEngine?>> _jobs = Channel.CreateUnbounded<Action<OcrEngine?>>();
    private readonly Thread[] _threads;
    private readonly string _languages;

    public ImagingWorkers(IOptions<ImagingOptions> options)
    {
        _languages = options.Value.Languages;
        _threads = Enumerable.Range(0, Math.Max(1, options.Value.Workers))
            .Select(index => new Thread(Work) { IsBackground = true, Name = $"dexflow-imaging-{index}" })
            .ToArray();
        Array.ForEach(_threads, thread => thread.Start());
    }

    public int Count => _threads.Length;

    /// <summary>Runs <paramref name="work"/> on a reader thread with that thread's OCR engine.</summary>
    public Task<T> Run<T>(Func<OcrEngine, T> work, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (cancellationToken.CanBeCanceled)
        {
            // A caller that gives up is answered at once; its job is skipped if it has not started yet.
            var registration = cancellationToken.Register(() => done.TrySetCanceled(cancellationToken));
            done.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        _jobs.Writer.TryWrite(engine =>
        {
            if (done.Task.IsCompleted)
            {
                return;
            }

            try
            {
                done.TrySetResult(work(engine ?? throw new InvalidOperationException(
                    $"Tesseract with the languages '{_languages}' is not available on this silo; install tesseract-ocr and its language packages.")));
            }
            catch (Exception exception)
            {
                done.TrySetException(exception);
            }
        });
        return done.Task;
    }

    private void Work()
    {
        OcrEngine? engine = null;
        try
        {
            engine = new OcrEngine(_languages);
        }
        catch (Exception exception) when (exception is InvalidOperationException or DllNotFoundException)
        {
            // Jobs on this thread then fail with a readable reason instead of taking the silo down.
        }

        try
        {
            foreach (var job in _jobs.Reader.ReadAllAsync().ToBlockingEnumerable())
            {
                job(engine);
            }
        }
        finally
        {
            engine?.Dispose();
        }
    }

    public void Dispose() => _jobs.Writer.TryComplete();
}
