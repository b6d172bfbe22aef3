using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Parcels;
using DexFlow.Grains.Content;
using DexFlow.Grains.Imaging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace DexFlow.Grains.Indexing;

// Not reentrant: reading pages is CPU work, and one worker per core is the limit that keeps OCR from starving the rest.
[StatelessWorker]
public sealed class PageReaderGrain(IContentStore store, PageReader reader, PageReadingStore readings, IOptions<ContentOptions> content)
    : Grain, IPageReaderGrain
{
    // The file this worker opened last, kept open: a parcel asks for the pages of a file one after another, and
    // opening means reading the whole file from the store (and, for a PDF, writing it out and asking Poppler about it).
    private OpenFile? _open;

    private sealed record OpenFile(string Sha256, PageFile Pages);

    public async Task<FileInspection> Inspect(ContentRef file)
    {
        var data = await Load(file);
        var head = data[..Math.Min(data.Length, 4096)];
        if (OfficeText.IsZip(head))
        {
            return OfficeText.Read(data) is { } office
                ? new FileInspection(office.MediaType, 1, null, office.Text, null, [])
                : new FileInspection("application/zip", 0, "the archive is not an office document DexFlow reads (.docx, .xlsx, .odt, .ods)", null, null, []);
        }

        if (ImageSniffer.MediaType(head) == ImageSniffer.Unknown && EmailUnpacker.LooksLikeEmail(head))
        {
            return await InspectEmail(data);
        }

        try
        {
            var pages = Keep(file, await reader.Open(data));
            return new FileInspection(pages.MediaType, pages.PageCount, null, null, null, []);
        }
        catch (InvalidImageException problem)
        {
            return new FileInspection(ImageSniffer.MediaType(head), 0, problem.Message, null, null, []);
        }
    }

    /// <summary>Reads the page; its text and words are stored before the reading is returned.</summary>
    public async Task<PageReadout> Read(ContentRef file, int page)
    {
        var result = await reader.Read(await Open(file), page);
        await readings.Save(file, page, result);
        return result.Readout;
    }

    public async Task<byte[]> Picture(ContentRef file, int page, int maxWidth) =>
        await reader.Picture(await Open(file), page, Math.Clamp(maxWidth, 100, 4000));

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _open?.Pages.Dispose();
        _open = null;
        return Task.CompletedTask;
    }

    private async Task<PageFile> Open(ContentRef file) =>
        _open is { } open && open.Sha256 == file.Sha256 ? open.Pages : Keep(file, await reader.Open(await Load(file)));

    private PageFile Keep(ContentRef file, PageFile pages)
    {
        _open?.Pages.Dispose();
        _open = new OpenFile(file.Sha256, pages);
        return pages;
    }

    private async Task<FileInspection> InspectEmail(byte[] data)
    {
        EmailUnpacker.Email email;
        try
        {
            email = EmailUnpacker.Unpack(data);
        }
        catch (InvalidImageException problem)
        {
            return new FileInspection(ImageSniffer.Email, 0, problem.Message, null, null, []);
        }

        var attachments = ImmutableArray.CreateBuilder<IncomingFile>();
        foreach (var attachment in email.Attachments.Where(attachment => attachment.Data.Length > 0))
        {
            var stored = await store.Put(attachment.Data, content.Value.MaxFileBytes);
            attachments.Add(new IncomingFile(attachment.FileName, attachment.ContentType, stored));
        }

        var details = new DeliveryDetails(email.Sender, email.Subject, email.MessageId, null, email.Date, email.BodyText, null);
        return new FileInspection(ImageSniffer.Email, 0, null, null, details, attachments.ToImmutable());
    }

    private async Task<byte[]> Load(ContentRef file) =>
        await store.ReadAll(file) ?? throw new NotFoundException("Content", file.Sha256);
}
