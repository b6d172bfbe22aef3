using System.Collections.Concurrent;
using Orleans.Runtime;

namespace DexFlow.Testing.Processing;

/// <summary>
/// One test cluster's control over processing: orders in <see cref="HoldFirstAttempt"/> stay in their first attempt
/// until the test lets them go (or kills the silo running it); orders in <see cref="FailWith"/> fail every attempt.
/// Every attempt is recorded with the silo it ran on.
/// </summary>
public sealed class ProcessingProbe
{
    public sealed record Attempt(string Number, int Revision, SiloAddress Silo);

    private readonly ConcurrentQueue<Attempt> _attempts = new();

    public ConcurrentDictionary<string, TaskCompletionSource> HoldFirstAttempt { get; } = new();

    public ConcurrentDictionary<string, string> FailWith { get; } = new();

    public IReadOnlyList<Attempt> AttemptsOf(string number) => _attempts.Where(attempt => attempt.Number == number).ToArray();

    internal async Task Run(string number, int revision, SiloAddress silo, CancellationToken cancellationToken)
    {
        var first = AttemptsOf(number).Count == 0;
        _attempts.Enqueue(new Attempt(number, revision, silo));
        if (FailWith.TryGetValue(number, out var error))
        {
            throw new InvalidOperationException(error);
        }

        if (first && HoldFirstAttempt.TryGetValue(number, out var gate))
        {
            await gate.Task.WaitAsync(cancellationToken);
        }
    }
}
