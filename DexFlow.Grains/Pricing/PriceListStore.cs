using DexFlow.Contracts.Pricing;
using DexFlow.Grains.Storage;
using Npgsql;

namespace DexFlow.Grains.Pricing;

/// <summary>Every published version of the price list in <c>dexflow.price_lists</c>; version 1 is <see cref="DemoPriceList"/>.</summary>
public sealed class PriceListStore(NpgsqlDataSource db, TimeProvider time)
    : VersionedDocumentStore<PriceList>(db, time, "price_lists", "price_list", DemoPriceList.PriceList, "DexFlow's demo price list")
{
    public static PriceListVersion ToView(PublishedVersion<PriceList> published) =>
        new(published.Version, published.Content, published.PublishedBy, published.PublishedAt, published.Comment);
}
