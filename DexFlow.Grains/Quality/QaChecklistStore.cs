using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Quality;
using DexFlow.Grains.Storage;
using Npgsql;

namespace DexFlow.Grains.Quality;

/// <summary>Every published version of the QA checklist in <c>dexflow.qa_checklists</c>; version 1 is <see cref="Demo"/>.</summary>
public sealed class QaChecklistStore(NpgsqlDataSource db, TimeProvider time)
    : VersionedDocumentStore<QaChecklist>(db, time, "qa_checklists", "checklist", Demo, "DexFlow's demo checklist: nothing mandatory until an administrator says so")
{
    /// <summary>What a print shop's QA looks at, none of it mandatory: a shop makes its own items mandatory.</summary>
    public static QaChecklist Demo { get; } = new(
    [
        new("artwork-resolution", "Artwork images at 300 dpi or more at print size", false, []),
        new("bleed", "Bleed of at least 3 mm on every edge", false, []),
        new("colours-match", "Colours of the artwork match the colours ordered", false, []),
        new("imposition", "Page order and imposition checked", false, [ProductType.Brochure, ProductType.Booklet, ProductType.Catalogue]),
    ]);

    public static QaChecklistVersion ToView(PublishedVersion<QaChecklist> published) =>
        new(published.Version, published.Content, published.PublishedBy, published.PublishedAt, published.Comment);
}
