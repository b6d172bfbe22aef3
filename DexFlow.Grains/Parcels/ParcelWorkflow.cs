using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Orders;
using DexFlow.Grains.Search;
using DexFlow.Grains.Security;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// The parcel lifecycle as pure steps on its state (domain.md §3): each asks <see cref="ParcelStateMachine"/> whether
/// it may happen and where it leads, and returns the next state with its history entry. The parcel grain does the I/O
/// in between (inspecting files, reading pages, routing) and saves what these steps return.
/// </summary>
public static class ParcelWorkflow
{
    public const int MaxDeliveryKeyLength = 500;

    /// <summary>
    /// Takes a delivery. The same delivery again (a retried upload, a mail fetched twice) returns the parcel it made,
    /// <paramref name="stored"/> itself, so the caller writes nothing.
    /// </summary>
    public static ParcelState Receive(ParcelState? stored, string id, Delivery delivery, Caller caller, int maxFiles, DateTimeOffset now)
    {
        Outcome(ParcelStateMachine.DecideReceive(caller), stored?.Stage);
        if (stored is not null)
        {
            var same = stored.Files.Select(file => file.Content.Sha256).Take(delivery.Files.Length).SequenceEqual(delivery.Files.Select(file => file.Content.Sha256));
            return same ? stored : throw new IdempotencyKeyReusedException(delivery.DeliveryKey);
        }

        if (delivery.Files.IsDefaultOrEmpty || delivery.Files.Length > maxFiles)
        {
            throw ValidationException.For("files", $"A delivery has between 1 and {maxFiles} files.");
        }

        if (delivery.DeliveryKey.Length is 0 or > MaxDeliveryKeyLength)
        {
            throw ValidationException.For("deliveryKey", $"Between 1 and {MaxDeliveryKeyLength} characters.");
        }

        return new()
        {
            Schema = ParcelState.CurrentSchema,
            Id = id,
            Stage = ParcelStage.Received,
            Version = 1,
            CapturePointId = delivery.CapturePointId,
            Channel = delivery.Channel,
            DeliveryKey = delivery.DeliveryKey,
            ReceivedAt = now,
            StageSince = now,
            SubmittedBy = caller.IsSystem ? null : caller.UserId,
            Submitter = caller.IsSystem ? null : caller,
            FullReach = ParcelAccessPolicy.RoutesWithFullReach(caller),
            Details = delivery.Details,
            Files = [.. delivery.Files.Select(file => new ParcelFile(file.FileName, file.DeclaredMediaType, file.Content, null))],
            Audit = [new ParcelHistoryEntry(now, caller.UserId, caller.DisplayName, nameof(ParcelAction.Receive), ParcelStage.Received, ParcelStage.Received,
                $"{delivery.Files.Length} file(s) via {delivery.Channel} at {delivery.CapturePointId}")],
        };
    }

    /// <summary>
    /// Brings a state stored by an earlier version up to date. A failure stored before its step was typed takes the
    /// step from the history: the stage a failed parcel left for Failed, or the stage a retrying parcel is in.
    /// </summary>
    public static ParcelState Upgraded(ParcelState stored) => stored.Schema >= ParcelState.CurrentSchema
        ? stored
        : stored with
        {
            Schema = ParcelState.CurrentSchema,
            Failure = stored.Failure is not { } failure
                ? null
                : failure with
                {
                    Step = stored.Stage == ParcelStage.Failed
                        ? stored.Audit.LastOrDefault(entry => entry.To == ParcelStage.Failed)?.From ?? ParcelStage.Received
                        : stored.Stage,
                },
        };

    /// <summary>The parcel starts working on its delivery.</summary>
    public static ParcelState Start(ParcelState state, DateTimeOffset now) => Transition(state, ParcelAction.Start, Caller.System, null, now);

    /// <summary>
    /// Records what inspecting files found; an e-mail's attachments join the parcel as files of their own. The e-mail's
    /// From is the sender of what it carries, also when someone uploaded the message (the upload named them as sender;
    /// the parcel's history keeps who uploaded it); its subject, id, date and text fill what the delivery left open.
    /// </summary>
    public static ParcelState Inspected(ParcelState state, IReadOnlyDictionary<int, FileInspection> inspections)
    {
        var files = state.Files.Select((file, index) => inspections.TryGetValue(index, out var found) ? file with { Inspection = found } : file).ToList();
        var details = state.Details;
        foreach (var inspection in inspections.OrderBy(entry => entry.Key).Select(entry => entry.Value))
        {
            files.AddRange(inspection.Attachments.Select(attachment => new ParcelFile(attachment.FileName, attachment.DeclaredMediaType, attachment.Content, null)));
            if (inspection.Email is { } email)
            {
                details = details with
                {
                    Sender = email.Sender ?? details.Sender,
                    Subject = details.Subject ?? email.Subject,
                    MessageId = details.MessageId ?? email.MessageId,
                    SentAt = details.SentAt ?? email.SentAt,
                    BodyText = details.BodyText ?? email.BodyText,
                };
            }
        }

        return state with { Files = [.. files], Details = details };
    }

    /// <summary>
    /// Cuts the inspected parcel into documents from what reading its pages gave (<see cref="SplitRules"/>); a parcel
    /// whose broken pages leave nothing readable fails for good instead.
    /// </summary>
    public static ParcelState Split(ParcelState inspected, IReadOnlyList<SplitRules.PageRead> reads, IndexingRules rules, DateTimeOffset now)
    {
        var read = SplitRules.WithBrokenPages(inspected, reads);
        if (SplitRules.Unreadable(read) is { } nothingLeft)
        {
            return FailForGood(read, nothingLeft, now);
        }

        var cut = SplitRules.CutIntoDocuments(read, reads, rules.Barcodes, rules.Classification);
        var split = read with { Pages = cut.Pages, Documents = cut.Documents, Attempts = 0, Failure = null };
        return Transition(split, ParcelAction.Split, Caller.System, $"{split.Pages.Length} page(s) into {split.Documents.Length} document(s)", now);
    }

    /// <summary>
    /// Classifies each document by its text (<paramref name="texts"/>), extracts its fields, and notes what a clerk
    /// would have to check; routing decides what happens next.
    /// </summary>
    public static ParcelState Index(ParcelState state, ParcelTexts texts, IndexingRules rules, DateTimeOffset now)
    {
        var documents = state.Documents.Select(document => IndexDocument(state, document, texts.Of(document), rules)).ToImmutableArray();
        var indexed = state with { Documents = documents, Attempts = 0, Failure = null };
        return Transition(indexed, ParcelAction.Index, Caller.System, string.Join(", ", documents.Select(document => document.Type?.ToString() ?? "unknown")), now);
    }

    /// <summary>
    /// Records where routing put each document. A document the rules send to manual indexing makes the parcel wait for
    /// a clerk (its review reasons say why); otherwise the parcel is routed.
    /// </summary>
    public static ParcelState Route(ParcelState state, IReadOnlyList<RouteView> routes, DateTimeOffset now)
    {
        var documents = state.Documents
            .Select((document, index) => document with
            {
                Route = routes[index],
                ReviewReasons = routes[index].Kind == RouteKind.ManualIndexing && document.ReviewReasons.IsEmpty ? [routes[index].Reason] : document.ReviewReasons,
            })
            .ToImmutableArray();
        var routed = state with { Documents = documents, Attempts = 0, Failure = null };
        var waiting = routes.Any(route => route.Kind == RouteKind.ManualIndexing);
        var summary = string.Join("; ", routes.Select(route => route.Kind + (route.OrderNumber is { } order ? " " + order : "") + (route.Role is { } role ? " " + role : "")));
        return waiting
            ? Transition(routed, ParcelAction.RouteToClerk, Caller.System, "waiting for a clerk: " + string.Join("; ", documents.SelectMany(document => document.ReviewReasons).Distinct()), now)
            : Transition(routed, ParcelAction.Route, Caller.System, summary, now);
    }

    /// <summary>Records where a clerk placed one routed document by hand.</summary>
    public static ParcelState Rerouted(ParcelState state, Caller clerk, int index, RouteView route, string? note, DateTimeOffset now)
    {
        var placed = state with { Documents = state.Documents.SetItem(index, state.Documents[index] with { Route = route }), FullReach = true };
        var where = route.Kind + (route.OrderNumber is { } order ? " " + order : "") + (route.Role is { } role ? " " + role : "");
        return Transition(placed, ParcelAction.Reroute, clerk, $"document {index + 1} to {where}" + (note is { Length: > 0 } ? $": {note}" : ""), now);
    }

    /// <summary>Applies a clerk's corrections; the parcel goes on to routing.</summary>
    public static ParcelState Correct(ParcelState state, Caller clerk, ImmutableArray<DocumentCorrection> corrections, DateTimeOffset now)
    {
        EnsureAllowed(state, ParcelAction.Correct, clerk);
        var documents = state.Documents.ToBuilder();
        var changes = new List<string>();
        foreach (var correction in corrections)
        {
            if (correction.Index < 0 || correction.Index >= documents.Count)
            {
                throw ValidationException.For("documents", $"The parcel has no document {correction.Index}.");
            }

            var fields = documents[correction.Index].Fields.ToDictionary(field => field.Name);
            foreach (var field in correction.Fields.IsDefault ? [] : correction.Fields)
            {
                if (!FieldNames.All.Contains(field.Name))
                {
                    throw ValidationException.For($"documents[{correction.Index}].fields", $"'{field.Name}' is no field DexFlow knows.");
                }

                if (field.Value?.Length > Validation.InputLimits.LongText)
                {
                    throw ValidationException.For($"documents[{correction.Index}].fields.{field.Name}", $"At most {Validation.InputLimits.LongText} characters.");
                }

                if (string.IsNullOrWhiteSpace(field.Value))
                {
                    fields.Remove(field.Name);
                }
                else
                {
                    fields[field.Name] = new FieldValue(field.Name, field.Value.Trim(), 1.0, "clerk");
                }

                changes.Add($"document {correction.Index + 1} {field.Name}");
            }

            var document = documents[correction.Index];
            documents[correction.Index] = document with
            {
                Type = correction.Type ?? document.Type,
                TypeConfidence = correction.Type is null ? document.TypeConfidence : 1.0,
                TypeReason = correction.Type is null ? document.TypeReason : "set by a clerk",
                Fields = [.. fields.Values.OrderBy(field => field.Name)],
                ReviewReasons = [],
            };
            if (correction.Type is { } type)
            {
                changes.Add($"document {correction.Index + 1} type {type}");
            }
        }

        // The clerk has placed the documents by hand: from here on they route with document services' reach.
        var corrected = state with { Documents = [.. documents.Select(document => document with { ReviewReasons = [] })], FullReach = true };
        return Transition(corrected, ParcelAction.Correct, clerk, changes.Count == 0 ? "confirmed as indexed" : "corrected " + string.Join(", ", changes), now);
    }

    /// <summary>A failed attempt at the current step: the reminder tries again until <paramref name="maxAttempts"/> have failed.</summary>
    public static ParcelState Fail(ParcelState state, string reason, int maxAttempts, DateTimeOffset now) =>
        Failed(state, reason, permanent: false, giveUp: state.Attempts + 1 >= maxAttempts, now);

    /// <summary>A problem no attempt gets past (a delivery too large, nothing readable in it): the parcel fails at once.</summary>
    public static ParcelState FailForGood(ParcelState state, string reason, DateTimeOffset now) =>
        Failed(state, reason, permanent: true, giveUp: true, now);

    /// <summary>A clerk starts a failed parcel again at the step it failed at.</summary>
    public static ParcelState Retry(ParcelState state, Caller clerk, DateTimeOffset now) =>
        Transition(state with { Attempts = 0 }, ParcelAction.Retry, clerk, $"from {state.Failure?.Step}; last error: {state.Failure?.Reason}", now);

    /// <summary>Throws the refusal when the caller may not take the action on the parcel now.</summary>
    public static void EnsureAllowed(ParcelState state, ParcelAction action, Caller caller) => Decide(state, action, caller);

    private static ParcelState Failed(ParcelState state, string reason, bool permanent, bool giveUp, DateTimeOffset now)
    {
        var attempts = state.Attempts + 1;
        var failed = state with { Attempts = attempts, Failure = new ParcelFailure(state.Stage, reason, attempts, now, permanent) };
        return giveUp
            ? Transition(failed, ParcelAction.Fail, Caller.System, reason, now)
            : failed with { Stage = Decide(failed, ParcelAction.FailAttempt, Caller.System), Version = state.Version + 1 };
    }

    /// <summary>Takes the action where the state machine says it leads, recording it in the parcel's history.</summary>
    private static ParcelState Transition(ParcelState state, ParcelAction action, Caller actor, string? details, DateTimeOffset now)
    {
        var next = Decide(state, action, actor);
        return state with
        {
            Stage = next,
            Version = state.Version + 1,
            StageSince = next == state.Stage ? state.StageSince : now,
            Audit = state.Audit.Add(new ParcelHistoryEntry(now, actor.UserId, actor.DisplayName, HistoryName(action), state.Stage, next, details)),
        };
    }

    private static ParcelStage Decide(ParcelState state, ParcelAction action, Caller actor) =>
        Outcome(ParcelStateMachine.Decide(state.Facts, action, actor), state.Stage);

    private static ParcelStage Outcome(ParcelDecision decision, ParcelStage? stage) => decision.Verdict switch
    {
        Verdict.Forbidden => throw new ForbiddenException(decision.Refused, decision.Reason),
        Verdict.Illegal => throw new IllegalTransitionException(decision.Refused, $"{stage}", decision.Reason),
        _ => decision.Next,
    };

    // Both outcomes of routing read "Route" in the history, as they always have.
    private static string HistoryName(ParcelAction action) => (action == ParcelAction.RouteToClerk ? ParcelAction.Route : action).ToString();

    private static ParcelDocument IndexDocument(ParcelState state, ParcelDocument document, string text, IndexingRules rules)
    {
        if (document.Text is null && document.Pages.IsEmpty)
        {
            var problem = document.FileIndex >= 0 ? state.Files[document.FileIndex].Inspection?.Problem : null;
            return document with { Type = null, TypeReason = "the file could not be read" + (problem is null ? "" : $": {problem}") };
        }

        var pages = state.Pages.Where(page => document.Pages.Contains(page.Number)).ToArray();
        var contentPages = pages.Where(page => page.Role == PageRole.Content).ToArray();
        var barcodes = pages.SelectMany(page => page.Reading.Barcodes).ToArray();
        var barcodeOrder = document.CoverOrder ?? barcodes.Select(rules.Barcodes.OrderOf).FirstOrDefault(order => order is not null);
        var ocrPages = contentPages.Where(page => page.Reading.Source == TextSource.Ocr).ToArray();
        var confidence = ocrPages.Length == 0 ? 100 : ocrPages.Min(page => page.Reading.Confidence);
        var classification = DocumentClassifier.Classify(text, document.CoverType, rules.Classification);
        var fields = FieldExtractor.Extract(text, confidence / 100.0, barcodeOrder, rules.Extraction, classification.Type);
        var quality = new IndexingReview.TextQuality(
            text.Count(char.IsLetterOrDigit),
            confidence,
            ocrPages.Sum(page => page.Reading.Words),
            ocrPages.Sum(page => page.Reading.UncertainWords),
            barcodeOrder is not null,
            ocrPages.Length > 0);
        return document with
        {
            Type = classification.Type,
            TypeConfidence = classification.Confidence,
            TypeReason = classification.Reason,
            Fields = [.. fields],
            ReviewReasons = IndexingReview.Reasons(classification.Type, fields, quality, rules.Review),
            Language = DocumentLanguage.Of(text),
        };
    }
}
