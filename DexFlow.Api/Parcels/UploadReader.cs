using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DexFlow.Api.Parcels;

/// <summary>
/// Reads a multipart upload as it arrives: each file is streamed in pieces to an upload grain (nothing large is held
/// in memory) and stored in the content store; form fields are collected alongside.
/// </summary>
public static class UploadReader
{
    public sealed record Upload(ImmutableArray<IncomingFile> Files, IReadOnlyDictionary<string, string> Fields);

    private const int MaxFieldLength = 4000;

    public static async Task<Upload> Read(HttpRequest request, IGrainFactory grains, int pieceBytes, CancellationToken cancellationToken)
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
                var name = FileNames.Safe(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value, files.Count);
                var content = await Store(section.Body, grains, pieceBytes, cancellationToken);
                files.Add(new IncomingFile(name, section.ContentType ?? "application/octet-stream", content));
            }
            else if (disposition.IsFormDisposition())
            {
                using var text = new StreamReader(section.Body);
                var value = await text.ReadToEndAsync(cancellationToken);
                fields[HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? ""] = value.Length <= MaxFieldLength
                    ? value
                    : throw ValidationException.For(disposition.Name.Value ?? "field", $"At most {MaxFieldLength} characters.");
            }
        }

        return files.Count > 0
            ? new Upload(files.ToImmutable(), fields)
            : throw ValidationException.For("files", "Attach at least one file.");
    }

    private static async Task<ContentRef> Store(Stream body, IGrainFactory grains, int pieceBytes, CancellationToken cancellationToken)
    {
        var upload = grains.GetGrain<IContentUploadGrain>(Guid.NewGuid());
        var buffer = new byte[pieceBytes];
        while (true)
        {
            var filled = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            if (filled < buffer.Length)
            {
                return await upload.Complete(buffer[..filled]);
            }

            await upload.Append(buffer);
        }
    }
}
