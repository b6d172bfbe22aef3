using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Quality;
using DexFlow.Grains.Storage;

namespace DexFlow.Grains.Quality;

/// <summary>The QA checklist in force, kept per silo like the price list, and reviews answered against it.</summary>
public sealed class QaChecklists(QaChecklistStore store, TimeProvider time)
{
    /// <summary>As for the price list: no silo checks against a superseded checklist for longer than this after it is published.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private readonly VersionedDocumentCache<QaChecklist, PublishedVersion<QaChecklist>> _inForce = new(store, published => published, () => RefreshInterval, time);

    /// <summary>The review with its checklist results checked against the checklist in force (<see cref="QaChecklistRules.Answered"/>).</summary>
    public async Task<ReviewOrder> Answered(ReviewOrder review, ProductType? product, CancellationToken cancellationToken = default)
    {
        var current = await _inForce.Current(cancellationToken);
        return QaChecklistRules.Answered(review, current.Content!, current.Version, product);
    }

    public void Invalidate() => _inForce.Invalidate();
}
