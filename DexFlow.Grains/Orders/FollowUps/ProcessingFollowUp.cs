using DexFlow.Contracts.Orders;
using DexFlow.Grains.Processing;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace DexFlow.Grains.Orders.FollowUps;

/// <summary>
/// Moves a submitted order through Processing into review, backed by a durable reminder so that an order submitted
/// just before its silo dies is processed on another. Safe to repeat: it continues where the order stands.
/// </summary>
public sealed partial class ProcessingFollowUp
{
    public const string Reminder = "processing";

    private readonly OrderHost _order;
    private readonly Func<OrderState, Task> _commit;
    private readonly OrderProcessingPipeline _pipeline;
    private readonly OrderProcessingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly PendingRun _soon;

    /// <param name="commit">Saves a change with the follow-ups it owes (finishing processing starts the review's deadline).</param>
    public ProcessingFollowUp(OrderHost order, Func<OrderState, Task> commit, OrderProcessingPipeline pipeline, OrderProcessingOptions options, TimeProvider time, ILogger logger)
    {
        (_order, _commit, _pipeline, _options, _time, _logger) = (order, commit, pipeline, options, time, logger);
        _soon = order.Soon(Advance);
    }

    public static bool IsOwed(OrderState state) =>
        state.Stage == OrderStage.Submitted || (state.Stage == OrderStage.Processing && !state.Processing.GaveUp);

    /// <summary>Before a change is saved: a change that makes processing owed gets its reminder first.</summary>
    public Task Expect(OrderState current, OrderState next) =>
        IsOwed(next) && !IsOwed(current) ? _order.Remind(Reminder, _options.RetryPeriod) : Task.CompletedTask;

    /// <summary>On activation: processing left owed by an earlier activation starts at once, not at the reminder's next tick.</summary>
    public void StartIfOwed()
    {
        if (_order.Exists && IsOwed(_order.State))
        {
            _soon.After(TimeSpan.Zero);
        }
    }

    /// <summary>After a change is saved: processing the change made owed (a submission, a retry) starts at once.</summary>
    public void StartIfNewlyOwed(OrderState previous)
    {
        if (!IsOwed(previous))
        {
            StartIfOwed();
        }
    }

    public async Task Advance()
    {
        if (!_order.Exists || !IsOwed(_order.State))
        {
            await _order.Forget(Reminder);
            return;
        }

        if (_order.State.Stage == OrderStage.Submitted)
        {
            await _order.Save(OrderWorkflow.StartProcessing(_order.State, _time.GetUtcNow()));
        }

        var state = _order.State;
        ProcessingOutput output;
        try
        {
            using var timeout = new CancellationTokenSource(_options.AttemptTimeout);
            output = await _pipeline.RunAsync(new OrderProcessingInput(state.Number, state.Revision, state.Draft), timeout.Token);
        }
        catch (Exception exception)
        {
            LogFailed(_logger, exception, state.Number, state.Revision);
            var failed = OrderWorkflow.ProcessingFailed(_order.State, exception.Message, _options.MaxAttempts, _time.GetUtcNow());
            await _order.Save(failed);
            if (failed.Processing.GaveUp)
            {
                await _order.Forget(Reminder);
            }

            return;
        }

        await _commit(OrderWorkflow.FinishProcessing(_order.State, output, _time.GetUtcNow()));
        await _order.Forget(Reminder);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Processing order {Number} revision {Revision} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string number, int revision);
}
