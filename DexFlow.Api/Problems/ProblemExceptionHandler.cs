using System.Text.Json;
using DexFlow.Contracts.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Orleans.Runtime;

namespace DexFlow.Api.Problems;

/// <summary>
/// The one place errors become RFC 7807 problems: DexFlow's domain errors by kind, malformed requests as 400 (or 413).
/// A 503 with Retry-After promises that nothing happened: only for a request the cluster rejected or could not be sent
/// (no gateway, no connection, a message refused before it ran) or a store that failed before anything was written.
/// When an answer did not come in time, or the silo holding the request was lost, the outcome is unknown: 504
/// <c>outcome-unknown</c>, retry with the same Idempotency-Key or read the object. Anything else is a 500 that names its
/// trace id only.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem.Status is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout)
        {
            // The answer says what to do, not what broke: the details are for operators.
            LogUnavailable(exception, problem.Status.Value, context.Request.Method, context.Request.Path);
        }
        else if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(exception, context.Request.Method, context.Request.Path);
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        }

        if (exception is TooManyAttemptsException tooMany)
        {
            context.Response.Headers.RetryAfter = tooMany.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails Describe(Exception exception) => exception switch
    {
        ValidationException validation => new HttpValidationProblemDetails(validation.Errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.For(validation.Code),
            Title = "The request has invalid fields.",
            Detail = validation.Message,
        },
        MoneyOutstandingException outstanding => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = ProblemTypes.For(outstanding.Code),
            Title = "Money is outstanding on the order.",
            Detail = outstanding.Message,
            Extensions = { ["outstanding"] = outstanding.Outstanding },
        },
        OutcomeUnknownException unknown => OutcomeUnknown(unknown.Message),
        ScheduleConflictException conflict => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = ProblemTypes.For(conflict.Code),
            Title = "The plan conflicts with other bookings.",
            Detail = conflict.Message,
            Extensions = { ["conflicts"] = conflict.Conflicts },
        },
        DomainException domain => Problem(StatusOf(domain), ProblemTypes.For(domain.Code), TitleOf(domain), domain.Message),
        // A body that could not be read stays a bad request; where the serializer knows the field, the problem names it.
        BadHttpRequestException { InnerException: JsonException { Path: { Length: > 1 } path } json } => new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { [FieldOf(path)] = [FirstSentence(json.Message)] })
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProblemTypes.BadRequest,
            Title = "The request could not be read.",
            Detail = $"{FieldOf(path)}: {FirstSentence(json.Message)}",
        },
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
            Problem(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, "The request body is too large.", tooLarge.Message),
        BadHttpRequestException badRequest =>
            Problem(badRequest.StatusCode, ProblemTypes.BadRequest, "The request could not be read.", (badRequest.InnerException ?? badRequest).Message),
        // The request reached a silo that was lost before it answered, or its answer did not come in time: it may have run.
        SiloUnavailableException or TimeoutException => OutcomeUnknown(
            "The cluster did not answer in time. The request may or may not have taken effect: "
            + "retry it with the same Idempotency-Key, or read the object to see."),
        OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException or GatewayTooBusyException or ClientNotAvailableException =>
            Problem(StatusCodes.Status503ServiceUnavailable, ProblemTypes.ClusterUnavailable, "DexFlow is temporarily unavailable.",
                "The cluster could not take the request; nothing was changed. Retry later."),
        // An object whose state could not be read (the store is unreachable) was never loaded: nothing changed.
        _ when IsStoreOutage(exception) => Describe(new StoreUnavailableException("The store could not be reached; nothing was changed.")),
        _ => Problem(StatusCodes.Status500InternalServerError, ProblemTypes.Unexpected, "Something went wrong on our side.",
            "The error was logged; quote the trace id when you report it."),
    };

    private static bool IsStoreOutage(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is System.Data.Common.DbException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    private static ProblemDetails OutcomeUnknown(string detail) =>
        Problem(StatusCodes.Status504GatewayTimeout, ProblemTypes.OutcomeUnknown, "Whether the request took effect is not known.", detail);

    private static int StatusOf(DomainException exception) => exception switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        ForbiddenException => StatusCodes.Status403Forbidden,
        IllegalTransitionException => StatusCodes.Status409Conflict,
        AlreadyExistsException => StatusCodes.Status409Conflict,
        VersionConflictException => StatusCodes.Status412PreconditionFailed,
        IdempotencyKeyReusedException => StatusCodes.Status422UnprocessableEntity,
        StoreUnavailableException => StatusCodes.Status503ServiceUnavailable,
        ContentTooLargeException => StatusCodes.Status413PayloadTooLarge,
        TooManyAttemptsException => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    private static string TitleOf(DomainException exception) => exception switch
    {
        NotFoundException => "Not found.",
        ForbiddenException => "You may not do that.",
        IllegalTransitionException => "Not possible in the current stage.",
        AlreadyExistsException => "Already exists.",
        VersionConflictException => "The object has changed since you read it.",
        IdempotencyKeyReusedException => "The Idempotency-Key was used for another request.",
        StoreUnavailableException => "DexFlow's store is temporarily unavailable.",
        ContentTooLargeException => "The file is too large.",
        TooManyAttemptsException => "Too many failed sign-ins.",
        _ => "The request was refused.",
    };

    /// <summary>A JSON path as the field name clients know: <c>$.customer.name</c> is <c>customer.name</c>.</summary>
    private static string FieldOf(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>The serializer's message without the position details it appends.</summary>
    private static string FirstSentence(string message) =>
        message.IndexOf(" Path: ", StringComparison.Ordinal) is var at and > 0 ? message[..at] : message;

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = type, Title = title, Detail = detail };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answered {Status} on {Method} {Path}")]
    private partial void LogUnavailable(Exception exception, int status, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, string path);
}
