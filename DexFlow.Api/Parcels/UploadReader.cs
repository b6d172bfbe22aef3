using System.Buffers;
using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Validation;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DexFlow.Api.Parcels;

/// <summary>
/// Reads a multipart upload as it arrives: each file is streamed in pieces to an upload grain (nothing large is held
/// in memory) and stored in the content store; form fields are collected alongside. Parts are counted as they come,
/// so a request with too many stops at the first part past the limit, before that part is stored.
/// </summary>
public static class UploadReader
{
    public sealed record Upload(ImmutableArray<IncomingFile> Files, IReadOnlyDictionary<string, string> Fields);

    private const int MaxFieldLength = 4000;
    private const int MaxFields = 16;

    public static async Task<Upload> Read(HttpRequest request, IGrainFactory grains, ParcelUploadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadParts(request, grains, options, cancellationToken);
        }
        catch (Exception malformed) when (malformed is InvalidDataException || (malformed is IOException && malformed is not BadHttpRequestException && !cancellationToken.IsCancellationRequested))
        {
            throw ValidationException.For("body", $"Not a well-formed multipart/form-data body: {malformed.Message}");
        }
    }

    private static async Task<Upload> ReadParts(HttpRequest request, IGrainFactory grains, ParcelUploadOptions options, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw ValidationException.For("content-type", "Send the files as multipart/form-data.");
        }

        var reader = new MultipartReader(boundary, request.Body);
        var files = ImmutableArray.CreateBuilder<IncomingFile>();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                throw ValidationException.For("body", "A multipart section has no Content-Disposition.");
            }

            if (disposition.IsFileDisposition())
            {
                if (files.Count == options.MaxFiles)
                {
                    throw ValidationException.For("files", $"At most {options.MaxFiles} files in one upload.");
                }

                var name = FileNames.Safe(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value, files.Count);
                var content = await Store(section.Body, grains, options.PieceBytes, cancellationToken);
                files.Add(new IncomingFile(name, section.ContentType ?? "application/octet-stream", content));
            }
            else if (disposition.IsFormDisposition())
            {
                var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (fields.Count == MaxFields || fields.ContainsKey(field) || !SafeText.IsSafe(field))
                {
                    throw ValidationException.For("body", $"At most {MaxFields} form fields, each once, with plain names.");
                }

                fields[field] = await ReadField(section.Body, field, cancellationToken);
            }
            else
            {
                throw ValidationException.For("body", "Each part is a file or a form field (Content-Disposition: form-data).");
            }
        }

        return files.Count > 0
            ? new Upload(files.ToImmutable(), fields)
            : throw ValidationException.For("files", "Attach at least one file.");
    }

    /// <summary>A form field's text, read no further than the limit allows.</summary>
    private static async Task<string> ReadField(Stream body, string field, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(body);
        var buffer = new char[MaxFieldLength + 1];
        var read = await text.ReadBlockAsync(buffer, cancellationToken);
        var value = new string(buffer, 0, read);
        return read > MaxFieldLength ? throw ValidationException.For(field, $"At most {MaxFieldLength} characters.")
            : SafeText.IsSafe(value) ? value
            : throw ValidationException.For(field, SafeText.Problem);
    }

    /// <summary>
    /// Stores one file part. A file that fits in one piece is stored in one call; a larger one streams through an
    /// upload grain piece by piece. The piece buffer is pooled: it is larger than the small-object heap takes.
    /// </summary>
    private static async Task<ContentRef> Store(Stream body, IGrainFactory grains, int pieceBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(pieceBytes);
        try
        {
            var filled = await body.ReadAtLeastAsync(buffer.AsMemory(0, pieceBytes), pieceBytes, throwOnEndOfStream: false, cancellationToken);
            if (filled < pieceBytes)
            {
                return await grains.GetGrain<IContentWriterGrain>(0).Put(buffer[..filled]);
            }

            var upload = grains.GetGrain<IContentUploadGrain>(Guid.NewGuid());
            while (true)
            {
                await upload.Append(buffer[..pieceBytes]);
                filled = await body.ReadAtLeastAsync(buffer.AsMemory(0, pieceBytes), pieceBytes, throwOnEndOfStream: false, cancellationToken);
                if (filled < pieceBytes)
                {
                    return await upload.Complete(buffer[..filled]);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
