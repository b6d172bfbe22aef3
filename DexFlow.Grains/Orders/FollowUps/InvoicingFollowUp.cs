using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace DexFlow.Grains.Orders.FollowUps;

/// <summary>
/// Issues the invoices an order is owed (the prepayment decision after approval, the final invoice after completion),
/// backed by a durable reminder. Safe to repeat; a failure waits for the reminder.
/// </summary>
public sealed partial class InvoicingFollowUp
{
    public const string Reminder = "invoicing";

    private readonly OrderHost _order;
    private readonly DeadlineWatch _deadlines;
    private readonly OrderInvoicing _invoicing;
    private readonly TimeSpan _retryPeriod;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly PendingRun _soon;

    public InvoicingFollowUp(OrderHost order, DeadlineWatch deadlines, OrderInvoicing invoicing, TimeSpan retryPeriod, TimeProvider time, ILogger logger)
    {
        (_order, _deadlines, _invoicing, _retryPeriod, _time, _logger) = (order, deadlines, invoicing, retryPeriod, time, logger);
        _soon = order.Soon(Advance);
    }

    /// <summary>Before a change is saved: a change that leaves invoicing owed has its reminder first.</summary>
    public Task Expect(OrderState next) => next.InvoicingPending ? _order.Remind(Reminder, _retryPeriod) : Task.CompletedTask;

    /// <summary>On activation: invoicing left owed by an earlier activation is taken up at once.</summary>
    public void StartIfOwed()
    {
        if (_order.State.InvoicingPending)
        {
            _soon.After(TimeSpan.Zero);
        }
    }

    public async Task Advance()
    {
        _soon.Cancel();
        if (!_order.Exists)
        {
            return;
        }

        if (_order.State.InvoicingPending)
        {
            try
            {
                var invoiced = await _invoicing.Advance(_order.State, _time.GetUtcNow());
                await _deadlines.Expect(_order.State, invoiced);
                await _order.Save(invoiced);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(_logger, exception, _order.State.Number);
                return;
            }
        }

        try
        {
            await _order.Forget(Reminder);
        }
        catch (Exception exception) when (StoreFailures.IsStoreFailure(exception))
        {
            // The change is saved; a reminder left behind finds nothing pending when it fires and is dropped then. The
            // caller must not hear "nothing changed" for it.
            LogFailed(_logger, exception, _order.State.Number);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoicing order {Number} failed; the reminder retries")]
    private static partial void LogFailed(ILogger logger, Exception exception, string number);
}
