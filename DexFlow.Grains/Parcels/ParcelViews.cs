using System.Collections.Immutable;
using DexFlow.Contracts.Parcels;

namespace DexFlow.Grains.Parcels;

/// <summary>Projects a parcel's state into what callers see.</summary>
public static class ParcelViews
{
    public static ParcelView For(ParcelState state) => new(
        state.Id,
        state.Stage,
        state.Version,
        state.CapturePointId,
        state.Channel,
        state.ReceivedAt,
        state.StageSince,
        state.SubmittedBy,
        state.Details,
        [.. state.Files.Select(File)],
        [.. state.Pages.Select(page => new PageView(page.Number, page.FileIndex, page.PageInFile + 1, page.Role, page.Reading.Barcodes,
            page.Reading.Source.ToString(), page.Reading.Confidence, page.Reading.Characters))],
        [.. state.Documents.Select((document, index) => Document(state.Id, document, index))],
        state.Failure is { } failure ? new ParcelFailureView(failure.Step.ToString(), failure.Reason, failure.Attempts, failure.At, failure.Permanent) : null,
        state.Audit);

    /// <summary>Document <paramref name="index"/> with the stored file it was cut from and its pages in that file.</summary>
    public static DocumentContent Content(ParcelState state, int index)
    {
        var document = state.Documents[index];
        var fileIndex = Math.Max(0, document.FileIndex);
        var pagesInFile = state.Pages.Where(page => document.Pages.Contains(page.Number)).Select(page => page.PageInFile).ToImmutableArray();
        return new DocumentContent(Document(state.Id, document, index), state.Id, File(state.Files[fileIndex], fileIndex), pagesInFile);
    }

    /// <summary>A document's text by page; a document cut from a file read whole (office files, e-mail bodies) is one page.</summary>
    public static DocumentText Text(ParcelState state, int index, string documentId, ParcelTexts texts)
    {
        var document = state.Documents[index];
        var pages = state.Pages.Where(page => document.Pages.Contains(page.Number))
            .Select((page, position) => new PageText(position + 1, texts.OfPage(page.Number), page.Reading.Source.ToString(),
                page.Reading.Confidence, page.Reading.Words, page.Reading.UncertainWords))
            .ToImmutableArray();
        return new DocumentText(documentId, pages.IsEmpty && document.Text is { } text ? [new PageText(1, text, "File", 100, 0, 0)] : pages);
    }

    public static FileView File(ParcelFile file, int index) => new(
        index, file.FileName, file.Inspection?.MediaType ?? file.DeclaredMediaType, file.Content, file.Inspection?.PageCount, file.Inspection?.Problem);

    public static DocumentView Document(string parcelId, ParcelDocument document, int index) => new(
        ParcelIds.Document(parcelId, index),
        index,
        document.Type,
        document.TypeConfidence,
        document.TypeReason,
        document.Pages,
        document.Fields,
        document.ReviewReasons,
        document.Route);

    /// <summary>The reason a parcel waits: its failure, or what the clerk must check.</summary>
    public static string? Reason(ParcelState state) =>
        state.Failure?.Reason ?? (state.Stage == ParcelStage.ManualIndexing
            ? string.Join("; ", state.Documents.SelectMany(document => document.ReviewReasons).Distinct())
            : null);
}
