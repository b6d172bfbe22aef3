namespace DexFlow.Grains.Deadlines;

/// <summary>How long each wait may take (<c>DexFlow:Orders:Deadlines</c>; domain.md §2).</summary>
public sealed class DeadlineOptions
{
    /// <summary>Accounting and QA together, from the moment the order is in review.</summary>
    public int ReviewWorkingDays { get; set; } = 2;

    /// <summary>Planning, from approval.</summary>
    public int PlanningWorkingDays { get; set; } = 1;

    /// <summary>
    /// The customer's prepayment, from a prepayment invoice issued before invoices recorded their payment terms; later
    /// ones are due as their invoice says (DeadlineRules).
    /// </summary>
    public int PrepaymentDays { get; set; } = 14;

    /// <summary>How often a waiting order looks at its deadline (a durable reminder; Orleans allows one minute at least by default).</summary>
    public TimeSpan CheckPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A breach that is not resolved is flagged again after this long.</summary>
    public TimeSpan RepeatEvery { get; set; } = TimeSpan.FromDays(1);
}
