using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Indexing;

using DexFlow.Grains.Security;

namespace DexFlow.Grains.Parcels;

/// <summary>
/// The parcel lifecycle as pure steps on its state (domain.md §3): each returns the next state with its audit entry.
/// The parcel grain does the I/O in between (inspecting files, reading pages) and saves what these steps return.
/// </summary>
public static class ParcelWorkflow
{
    public static ParcelState Receive(string id, Delivery delivery, Caller caller, DateTimeOffset now) => new()
    {
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
        Audit = [new ParcelAuditEntry(now, caller.UserId, caller.DisplayName, "Receive", ParcelStage.Received, ParcelStage.Received,
            $"{delivery.Files.Length} file(s) via {delivery.Channel} at {delivery.CapturePointId}")],
    };

    public static ParcelState Move(ParcelState state, ParcelStage to, Caller actor, string action, string? details, DateTimeOffset now) => state with
    {
        Stage = to,
        Version = state.Version + 1,
        StageSince = to == state.Stage ? state.StageSince : now,
        Audit = state.Audit.Add(new ParcelAuditEntry(now, actor.UserId, actor.DisplayName, action, state.Stage, to, details)),
    };

    /// <summary>Records what inspecting files found; an e-mail's attachments join the parcel as files of their own.</summary>
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
                    Sender = details.Sender ?? email.Sender,
                    Subject = details.Subject ?? email.Subject,
                    MessageId = details.MessageId ?? email.MessageId,
                    SentAt = details.SentAt ?? email.SentAt,
                    BodyText = details.BodyText ?? email.BodyText,
                };
            }
        }

        return state with { Files = [.. files], Details = details };
    }

    /// <summary>Why the parcel cannot be read at all (it is then failed for good), or null when something in it can.</summary>
    public static string? Unreadable(ParcelState state)
    {
        var documents = state.Files.Where(file => file.Inspection is { } inspection && !IsContainer(inspection)).ToArray();
        var containers = state.Files.Where(file => file.Inspection is { } inspection && IsContainer(inspection)).ToArray();
        if (documents.Any(file => file.Inspection!.Problem is null) || containers.Any(file => file.Inspection!.Problem is null))
        {
            return null;
        }

        var problem = state.Files.Select(file => file.Inspection?.Problem).FirstOrDefault(problem => problem is not null);
        return problem is null ? "the delivery holds no file" : $"{Capitalised(problem)}.";
    }

    /// <summary>Cuts the read pages into documents; Word files and unreadable files are one document each; a bare e-mail's body is one too.</summary>
    public static ParcelState Split(ParcelState state, IReadOnlyList<ParcelPage> pages, IndexingRules rules, DateTimeOffset now)
    {
        var documents = ImmutableArray.CreateBuilder<ParcelDocument>();
        var roles = new Dictionary<int, PageRole>();
        for (var fileIndex = 0; fileIndex < state.Files.Length; fileIndex++)
        {
            var inspection = state.Files[fileIndex].Inspection!;
            if (IsContainer(inspection))
            {
                continue;
            }

            if (inspection.Problem is not null || inspection.Text is not null)
            {
                documents.Add(Document(fileIndex, [], null, null, inspection.Text));
                continue;
            }

            var filePages = pages.Where(page => page.FileIndex == fileIndex).OrderBy(page => page.Number)
                .Select(page => new Splitter.Page(page.Number, page.Reading.Barcodes, page.Reading.Text)).ToArray();
            var split = Splitter.Split(filePages, rules.Barcodes);
            foreach (var (number, role) in split.Roles)
            {
                roles[number] = role;
            }

            documents.AddRange(split.Documents.Select(piece => Document(fileIndex, piece.Pages, piece.CoverType, piece.CoverOrder,
                string.Join("\n\f\n", piece.Pages.Select(number => pages.First(page => page.Number == number).Reading.Text)))));
        }

        if (documents.Count == 0 && state.Details.BodyText is { Length: > 0 } body)
        {
            documents.Add(Document(-1, [], null, null, body));
        }

        var cut = state with
        {
            Pages = [.. pages.OrderBy(page => page.Number).Select(page => page with { Role = roles.GetValueOrDefault(page.Number, PageRole.Content) })],
            Documents = documents.ToImmutable(),
            Attempts = 0,
            Failure = null,
        };
        return Move(cut, ParcelStage.Indexing, Caller.System, "Split", $"{cut.Pages.Length} page(s) into {cut.Documents.Length} document(s)", now);
    }

    /// <summary>Classifies each document, extracts its fields, and notes what a clerk would have to check; routing decides what happens next.</summary>
    public static ParcelState Index(ParcelState state, IndexingRules rules, DateTimeOffset now)
    {
        var documents = state.Documents.Select(document => IndexDocument(state, document, rules)).ToImmutableArray();
        var indexed = state with { Documents = documents, Attempts = 0, Failure = null };
        return Move(indexed, ParcelStage.Routing, Caller.System, "Index", string.Join(", ", documents.Select(document => document.Type?.ToString() ?? "unknown")), now);
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
            ? Move(routed, ParcelStage.ManualIndexing, Caller.System, "Route", "waiting for a clerk: " + string.Join("; ", documents.SelectMany(document => document.ReviewReasons).Distinct()), now)
            : Move(routed, ParcelStage.Routed, Caller.System, "Route", summary, now);
    }

    /// <summary>Records where a clerk placed one routed document by hand.</summary>
    public static ParcelState Rerouted(ParcelState state, Caller clerk, int index, RouteView route, string? note, DateTimeOffset now)
    {
        var placed = state with { Documents = state.Documents.SetItem(index, state.Documents[index] with { Route = route }), FullReach = true };
        var where = route.Kind + (route.OrderNumber is { } order ? " " + order : "") + (route.Role is { } role ? " " + role : "");
        return Move(placed, state.Stage, clerk, "Reroute", $"document {index + 1} to {where}" + (note is { Length: > 0 } ? $": {note}" : ""), now);
    }

    /// <summary>Applies a clerk's corrections; the parcel goes on to routing.</summary>
    public static ParcelState Correct(ParcelState state, Caller clerk, ImmutableArray<DocumentCorrection> corrections, DateTimeOffset now)
    {
        if (state.Stage != ParcelStage.ManualIndexing)
        {
            throw new IllegalTransitionException("correct", state.Stage.ToString(), "only parcels waiting for manual indexing are corrected");
        }

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
        return Move(corrected, ParcelStage.Routing, clerk, "Correct", changes.Count == 0 ? "confirmed as indexed" : "corrected " + string.Join(", ", changes), now);
    }

    /// <summary>Records a failed attempt; a permanent problem, or too many attempts, fails the parcel until a clerk retries it.</summary>
    public static ParcelState Fail(ParcelState state, string reason, bool permanent, int maxAttempts, DateTimeOffset now)
    {
        var attempts = state.Attempts + 1;
        var failure = new ParcelFailureView(state.Stage.ToString(), reason, attempts, now, permanent);
        var giveUp = permanent || attempts >= maxAttempts;
        var failed = state with { Attempts = attempts, Failure = failure };
        return giveUp
            ? Move(failed, ParcelStage.Failed, Caller.System, "Fail", reason, now)
            : failed with { Version = state.Version + 1 };
    }

    public static ParcelState Retry(ParcelState state, Caller clerk, DateTimeOffset now)
    {
        if (state.Stage != ParcelStage.Failed || state.Failure is null)
        {
            throw new IllegalTransitionException("retry", state.Stage.ToString(), "only failed parcels are retried");
        }

        var step = Enum.TryParse<ParcelStage>(state.Failure.Step, out var failedStep) ? failedStep : ParcelStage.Received;
        return Move(state with { Attempts = 0 }, step, clerk, "Retry", $"from {step}; last error: {state.Failure.Reason}", now);
    }

    public static bool IsContainer(FileInspection inspection) => inspection.MediaType == Imaging.ImageSniffer.Email;

    private static ParcelDocument Document(int fileIndex, ImmutableArray<int> pages, DocumentType? coverType, string? coverOrder, string? text) =>
        new(fileIndex, pages, coverType, coverOrder, null, 0, "", [], [], null, text);

    private static ParcelDocument IndexDocument(ParcelState state, ParcelDocument document, IndexingRules rules)
    {
        if (document.Text is null && document.Pages.IsEmpty)
        {
            var problem = document.FileIndex >= 0 ? state.Files[document.FileIndex].Inspection?.Problem : null;
            return document with { Type = null, TypeReason = "the file could not be read" + (problem is null ? "" : $": {problem}") };
        }

        var pages = state.Pages.Where(page => document.Pages.Contains(page.Number)).ToArray();
        var contentPages = pages.Where(page => page.Role == PageRole.Content).ToArray();
        var text = document.Text ?? "";
        var barcodes = pages.SelectMany(page => page.Reading.Barcodes).ToArray();
        var barcodeOrder = document.CoverOrder ?? barcodes.Select(rules.Barcodes.OrderOf).FirstOrDefault(order => order is not null);
        var ocrPages = contentPages.Where(page => page.Reading.Source == TextSource.Ocr).ToArray();
        var confidence = ocrPages.Length == 0 ? 100 : ocrPages.Min(page => page.Reading.Confidence);
        var classification = DocumentClassifier.Classify(text, document.CoverType, rules.Classification);
        var fields = FieldExtractor.Extract(text, confidence / 100.0, barcodeOrder, rules.Extraction);
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
        };
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
