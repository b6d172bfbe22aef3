using System.Collections.Concurrent;
using DexFlow.Contracts.Invoicing;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Orders.Views;
using DexFlow.Grains.Content;
using DexFlow.Grains.Invoicing;
using DexFlow.Grains.Storage;
using DexFlow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using static DexFlow.Cluster.Tests.People;

namespace DexFlow.Cluster.Tests;

/// <summary>Invoice numbers: consecutive per series and year, never issued twice, never skipped, from any silo.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InvoiceNumberingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Orders_approved_at_once_and_both_silos_issuing_get_consecutive_prepayment_numbers_with_no_gap_and_no_repeat()
    {
        const int Orders = 16;
        var numbers = await Task.WhenAll(Enumerable.Range(0, Orders).Select(async i =>
        {
            var created = (await fixture.Client.GetGrain<IOrderDeskGrain>(0).Create(Mia, NewOrder($"Numbering {Guid.NewGuid():N}"), null)).Order;
            await fixture.Client.GetGrain<IOrderGrain>(created.Number).Execute(Mia, new SubmitOrder(), null);
            await WaitForStage(created.Number, OrderStage.InReview);
            return created.Number;
        }));

        // Both sides approve every order at the same moment; the orders live on both silos.
        await Task.WhenAll(numbers.SelectMany(number => new[]
        {
            fixture.Client.GetGrain<IOrderGrain>(number).Execute(Alex, new ReviewOrder(ReviewSide.Accounting, true, []), null),
            fixture.Client.GetGrain<IOrderGrain>(number).Execute(Quinn, new ReviewOrder(ReviewSide.Qa, true, []), null),
        }));

        // Meanwhile each silo's own ledger issues more of the same series.
        var ledgers = fixture.Cluster.Silos.Select(silo => fixture.Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<InvoiceLedger>()).ToArray();
        Assert.Equal(2, ledgers.Length);
        var run = Guid.NewGuid().ToString("N");
        var direct = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => ledgers[i % 2].Issue(
            new InvoiceRequest($"{run}:{i}", InvoiceKind.Prepayment, $"2026-{900_000 + i}", "EUR", 10m, 1.9m, 11.9m, 0, null, null, "test", DateTimeOffset.UtcNow),
            _ => Task.FromResult("%PDF-1.4 test"u8.ToArray()))));

        var invoices = await Task.WhenAll(numbers.Select(async number => (await fixture.Client.GetGrain<IOrderGrain>(number).Get(Ada)).Invoicing!.Invoices.Single()));
        Assert.All(invoices, invoice => Assert.Equal(InvoiceKind.Prepayment, invoice.Kind));
        Assert.Equal(Orders + direct.Length, invoices.Select(invoice => invoice.Number).Concat(direct.Select(invoice => invoice.Number)).Distinct().Count());
        await AssertSeriesIsGapless("PRE");
    }

    [Fact]
    public async Task An_issue_whose_invoice_cannot_be_recorded_gives_its_number_back()
    {
        await using var db = NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        var ledger = Ledger(db);
        var order = $"2026-{Random.Shared.Next(900_000, 999_999)}";

        // The number is drawn, then the row is refused (it credits an invoice that does not exist): nothing is committed.
        await Assert.ThrowsAsync<PostgresException>(() => ledger.Issue(
            new InvoiceRequest($"{order}:broken", InvoiceKind.CreditNote, order, "EUR", -1m, -0.19m, -1.19m, 0, "INV-1999-000001", "none", "test", DateTimeOffset.UtcNow),
            _ => Task.FromResult("%PDF-1.4 test"u8.ToArray())));
        var credit = await ledger.Issue(
            new InvoiceRequest($"{order}:credit", InvoiceKind.CreditNote, order, "EUR", 0m, 0m, 0m, 0, null, "goodwill", "test", DateTimeOffset.UtcNow),
            _ => Task.FromResult("%PDF-1.4 test"u8.ToArray()));

        Assert.Equal([credit.Number], (await ledger.ForOrder(order)).Select(invoice => invoice.Number));
        await AssertSeriesIsGapless("CRN");
    }

    [Fact]
    public async Task An_issue_that_dies_while_rendering_keeps_its_number_and_a_repeated_issue_attaches_the_pdf_to_the_same_invoice()
    {
        await using var db = NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        var ledger = Ledger(db);
        var order = $"2026-{Random.Shared.Next(900_000, 999_999)}";
        InvoiceRequest Request(string key) => new(key, InvoiceKind.Final, order, "EUR", 100m, 19m, 119m, 0, null, null, "test", DateTimeOffset.UtcNow);

        // The silo "dies" while the PDF is being rendered: the invoice is issued (no issuer waited for its PDF), without it.
        await Assert.ThrowsAsync<IOException>(() => ledger.Issue(Request($"{order}:crash"), _ => throw new IOException("silo lost")));
        var before = Assert.Single(await ledger.ForOrder(order));

        // The retry, many times at once: one invoice, one number, one PDF.
        var issued = new ConcurrentBag<Invoice>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i => issued.Add(await ledger.Issue(Request($"{order}:crash"), _ => Task.FromResult<byte[]>([.. "%PDF-1.4 test "u8, (byte)('0' + i)])))));

        Assert.Equal(0, before.Content.Length);
        Assert.Equal([before.Number], issued.Select(invoice => invoice.Number).Distinct());
        var attached = Assert.Single(issued.Select(invoice => invoice.Content).Distinct());
        Assert.True(attached.Length > 0);
        Assert.Equal(attached, Assert.Single(await ledger.ForOrder(order)).Content);
        await AssertSeriesIsGapless("INV");
    }

    [Fact]
    public async Task Issued_invoices_cannot_be_changed_even_in_the_database()
    {
        await using var db = NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        var ledger = Ledger(db);
        var invoice = await ledger.Issue(new InvoiceRequest($"immutable:{Guid.NewGuid():N}", InvoiceKind.Final, "2026-999001", "EUR", 1m, 0.19m, 1.19m, 0, null, null, "test", DateTimeOffset.UtcNow),
            _ => Task.FromResult("%PDF-1.4 test"u8.ToArray()));

        await using var update = db.CreateCommand("UPDATE dexflow.invoices SET gross = 0 WHERE number = @number");
        update.Parameters.AddWithValue("number", invoice.Number);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        await using var swap = db.CreateCommand("UPDATE dexflow.invoice_documents SET content_length = 0 WHERE number = @number");
        swap.Parameters.AddWithValue("number", invoice.Number);
        var swapRefused = await Assert.ThrowsAsync<PostgresException>(() => swap.ExecuteNonQueryAsync());

        Assert.Contains("immutable", refused.MessageText);
        Assert.Contains("immutable", swapRefused.MessageText);
    }

    /// <summary>Every number of the series this year, from 1 to the highest, exactly once.</summary>
    private async Task AssertSeriesIsGapless(string series)
    {
        await using var db = NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        await using var command = db.CreateCommand("SELECT sequence FROM dexflow.invoices WHERE series = @series AND year = @year ORDER BY sequence");
        command.Parameters.AddWithValue("series", series);
        command.Parameters.AddWithValue("year", DateTime.UtcNow.Year);
        var sequences = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sequences.Add(reader.GetInt64(0));
        }

        Assert.NotEmpty(sequences);
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
    }

    private Task<OrderView> WaitForStage(string number, OrderStage stage) =>
        Eventually.Get(() => fixture.Client.GetGrain<IOrderGrain>(number).Get(Ada), order => order.Stage == stage, $"order {number} to reach {stage}");

    /// <summary>A ledger on <paramref name="db"/>, built as a silo builds it.</summary>
    private InvoiceLedger Ledger(NpgsqlDataSource db) => new(db, fixture.Content, new StatementBatcher(db, NullLogger<StatementBatcher>.Instance));
}
