using System.Text;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Contracts.Parcels;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Content;
using DexFlow.Testing;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>
/// A read-model write that fails after the state is saved does not fail the change: orders and parcels alike write
/// their row again on a timer until it lands, with nobody calling them and nothing changing meanwhile.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ReadModelCatchUpTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_parcel_whose_row_could_not_be_written_gets_it_written_later()
    {
        var content = await fixture.Content.Put(Encoding.ASCII.GetBytes("not a PDF at all"), long.MaxValue);
        var delivery = new Delivery("catch-up", CaptureChannel.Scanner, Guid.NewGuid().ToString(), [new IncomingFile("scan.pdf", "application/pdf", content)], DeliveryDetails.None);
        var parcel = fixture.Client.GetGrain<IParcelGrain>(delivery.ParcelId);

        ParcelView failed;
        await using (await RowsUnavailable("parcels", "id", delivery.ParcelId))
        {
            await parcel.Receive(Caller.System, delivery);
            failed = await Eventually.Get(() => parcel.Get(Caller.System), view => view.Stage == ParcelStage.Failed, "the unreadable parcel to fail for good");
            Assert.Equal(0L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.parcels WHERE id = @id", ("id", delivery.ParcelId)));
        }

        // Nobody calls the parcel, and it has nothing left to do: only its retry can write the row.
        var written = await Eventually.Get(() => fixture.Database.Scalar<long>("SELECT coalesce((SELECT version FROM dexflow.parcels WHERE id = @id), 0)", ("id", delivery.ParcelId)),
            version => version != 0, "the parcel's row to be written once the read model takes it again");

        Assert.Equal(failed.Version, written);
        Assert.Equal(nameof(ParcelStage.Failed), await fixture.Database.Scalar<string>("SELECT stage FROM dexflow.parcels WHERE id = @id", ("id", delivery.ParcelId)));
    }

    [Fact]
    public async Task An_order_whose_row_could_not_be_written_gets_it_written_later()
    {
        var customer = $"Catch-up {Guid.NewGuid():N}";

        OrderView created;
        await using (await RowsUnavailable("orders", "customer_name", customer))
        {
            created = (await fixture.Client.GetGrain<IOrderDeskGrain>(0).Create(Mia, NewOrder(customer), null)).Order;
            Assert.Equal(0L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.orders WHERE number = @n", ("n", created.Number)));
        }

        var written = await Eventually.Get(() => fixture.Database.Scalar<long>("SELECT coalesce((SELECT version FROM dexflow.orders WHERE number = @n), 0)", ("n", created.Number)),
            version => version != 0, "the order's row to be written once the read model takes it again");

        Assert.Equal(created.Version, written);
        Assert.Equal(1L, await fixture.Database.Scalar<long>("SELECT count(*) FROM dexflow.order_audit WHERE number = @n", ("n", created.Number)));
    }

    /// <summary>
    /// Makes the store fail every write of the rows of <paramref name="table"/> whose <paramref name="column"/> is
    /// <paramref name="key"/>, as an unavailable store would (not as one refusing the row's content), until disposed.
    /// </summary>
    private async Task<IAsyncDisposable> RowsUnavailable(string table, string column, string key)
    {
        await fixture.Database.Scalar<object?>($"""
            CREATE TABLE IF NOT EXISTS public.unavailable_rows (table_name text NOT NULL, key text NOT NULL);
            CREATE OR REPLACE FUNCTION public.fail_unavailable_rows() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM public.unavailable_rows WHERE table_name = TG_TABLE_NAME AND key = to_jsonb(NEW) ->> TG_ARGV[0]) THEN
                    RAISE EXCEPTION 'the read model is unavailable' USING ERRCODE = '57P03';
                END IF;
                RETURN NEW;
            END $$;
            CREATE OR REPLACE TRIGGER fail_unavailable_rows BEFORE INSERT OR UPDATE ON dexflow.{table}
                FOR EACH ROW EXECUTE FUNCTION public.fail_unavailable_rows('{column}');
            """);
        await fixture.Database.Scalar<object?>("INSERT INTO public.unavailable_rows VALUES (@table, @key) RETURNING NULL", ("table", table), ("key", key));
        return new Available(() => fixture.Database.Scalar<object?>(
            "DELETE FROM public.unavailable_rows WHERE table_name = @table AND key = @key RETURNING NULL", ("table", table), ("key", key)));
    }

    private sealed class Available(Func<Task> restore) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await restore();
    }
}
