using System.Collections.Immutable;
using DexFlow.Contracts.Documents;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using DexFlow.Grains.Parcels;

namespace DexFlow.Domain.Tests.Parcels;

/// <summary>Parcels and their files, pages and people, built the way reading and delivery make them.</summary>
internal static class ParcelTestData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly Caller Clerk = new("clerk", "Cleo Clerk", Roles.Clerk);

    public static readonly Caller Manager = new("manager", "Mia Manager", Roles.Manager);

    public static readonly BarcodeConventions Codes = new();

    public static Caller Person(Roles role) => new(role.ToString().ToLowerInvariant(), role.ToString(), role);

    public static Delivery Delivery(params string[] hashes) =>
        new("scanner-1", CaptureChannel.Scanner, "key-1",
            [.. hashes.Select((hash, index) => new IncomingFile($"file{index}.pdf", ImageSniffer.Pdf, new ContentRef(hash, 100)))], DeliveryDetails.None);

    /// <summary>A parcel just received with one file per inspection (null: not inspected yet).</summary>
    public static ParcelState Received(params FileInspection?[] files) =>
        ParcelWorkflow.Receive(null, "scanner-1/key-1", Delivery([.. files.Select((_, index) => $"hash{index}")]), Caller.System, 50, Now) with
        {
            Files = [.. files.Select((inspection, index) => new ParcelFile($"file{index}.pdf", ImageSniffer.Pdf, new ContentRef($"hash{index}", 100), inspection))],
        };

    /// <summary>A parcel of one single-page scan taken to <paramref name="stage"/> by DexFlow's own steps; a failed one failed at routing.</summary>
    public static ParcelState At(ParcelStage stage)
    {
        var received = Received(Scan(1));
        var splitting = ParcelWorkflow.Start(received, Now);
        var indexing = ParcelWorkflow.Split(splitting, [Read(1, 0, 0, "Invoice 2026-000123 total 120.00 EUR")], Rules, Now);
        var routing = ParcelWorkflow.Index(indexing, new ParcelTexts(new Dictionary<int, string> { [1] = "Invoice 2026-000123 total 120.00 EUR" }), Rules, Now);
        return stage switch
        {
            ParcelStage.Received => received,
            ParcelStage.Splitting => splitting,
            ParcelStage.Indexing => indexing,
            ParcelStage.Routing => routing,
            ParcelStage.Routed => ParcelWorkflow.Route(routing, [Route(RouteKind.Inbox)], Now),
            ParcelStage.ManualIndexing => ParcelWorkflow.Route(routing, [Route(RouteKind.ManualIndexing)], Now),
            _ => ParcelWorkflow.FailForGood(routing, "the store refused it", Now),
        };
    }

    public static readonly IndexingRules Rules = new(Codes, new ClassificationOptions(), new ExtractionOptions(), new ReviewOptions());

    public static RouteView Route(RouteKind kind) => new(kind, null, $"routed to {kind}", kind == RouteKind.Inbox ? "Accountant" : null, 0, 1, "rule-1");

    /// <summary>A scan or PDF of <paramref name="pages"/> pages.</summary>
    public static FileInspection Scan(int pages) => new(ImageSniffer.Pdf, pages, null, null, null, []);

    public static FileInspection Word(string text) => new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1, null, text, null, []);

    public static FileInspection Broken(string problem) => new(ImageSniffer.Pdf, 0, problem, null, null, []);

    public static FileInspection Email(string? body) =>
        new(ImageSniffer.Email, 0, null, null, new DeliveryDetails("anna@example.com", "Order", "<1@example.com>", null, null, body, null), []);

    public static SplitRules.PageRead Read(int number, int file, int pageInFile, string text, params string[] barcodes) =>
        new(new SplitRules.PageToRead(number, file, pageInFile),
            new PageReadout(new PageReading([.. barcodes.Select(code => new Barcode("Code128", code))], TextSource.TextLayer, 100, 0, 0, 0, text.Length), text), null);

    public static SplitRules.PageRead Undecodable(int number, int file, int pageInFile, string problem) =>
        new(new SplitRules.PageToRead(number, file, pageInFile), null, problem);

    /// <summary>A document's page numbers as text ("3 4"), for comparing whole documents at once.</summary>
    public static string Pages(ImmutableArray<int> numbers) => string.Join(" ", numbers);
}
