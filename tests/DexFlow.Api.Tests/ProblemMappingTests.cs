using DexFlow.Api.Problems;
using DexFlow.Contracts.Errors;
using Orleans.Runtime;

namespace DexFlow.Api.Tests;

/// <summary>What a 503 promises (nothing happened, retry later) and what it must not be used for (an outcome nobody knows).</summary>
public sealed class ProblemMappingTests
{
    public static TheoryData<Exception> OutcomeUnknown() =>
    [
        new TimeoutException("Response did not arrive on time in 00:00:30 for message: Request ... IssueCreditNote"),
        new SiloUnavailableException("The target silo became unavailable for message: Request ..."),
        new OutcomeUnknownException("Credit note CRN-2026-000001 was issued, but the order could not confirm recording it."),
    ];

    public static TheoryData<Exception> NothingHappened() =>
    [
        new GatewayTooBusyException(),
        new StoreUnavailableException("connection refused"),
    ];

    [Theory]
    [MemberData(nameof(OutcomeUnknown))]
    public void A_call_whose_answer_did_not_come_is_a_504_whose_outcome_is_unknown_never_a_503_saying_nothing_changed(Exception exception)
    {
        var problem = ProblemExceptionHandler.Describe(exception);

        Assert.Equal(504, problem.Status);
        Assert.Equal("urn:dexflow:problem:outcome-unknown", problem.Type);
        Assert.Contains("Idempotency-Key", problem.Detail);
        Assert.DoesNotContain("nothing is known to have changed", problem.Detail);
    }

    [Theory]
    [MemberData(nameof(NothingHappened))]
    public void A_request_refused_before_it_ran_is_a_503_to_retry_later(Exception exception)
    {
        Assert.Equal(503, ProblemExceptionHandler.Describe(exception).Status);
    }

    [Fact]
    public void Archiving_with_money_outstanding_is_a_409_naming_each_invoice_and_amount()
    {
        var problem = ProblemExceptionHandler.Describe(new MoneyOutstandingException(["INV-2026-000001 has 12.50 EUR outstanding"]));

        Assert.Equal((409, "urn:dexflow:problem:money-outstanding"), (problem.Status, problem.Type));
        Assert.Equal(["INV-2026-000001 has 12.50 EUR outstanding"], ((IEnumerable<string>)problem.Extensions["outstanding"]!).ToArray());
    }
}
