using System.Text;
using DexFlow.Api.Auth;
using DexFlow.Api.Orders;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Invoicing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Invoicing;

/// <summary>An order's invoices one by one, as JSON and as EN 16931 electronic invoices, for whoever may see the order's invoicing.</summary>
public static class InvoiceEndpoints
{
    public static IEndpointRouteBuilder MapInvoiceEndpoints(this IEndpointRouteBuilder routes)
    {
        var invoice = routes.MapGroup("/api/orders/{number}/invoices/{invoiceNumber}").WithTags("Orders").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        invoice.MapGet("", Get).WithName("GetInvoice")
            .WithSummary("An invoice, prepayment invoice or credit note of the order: amounts, what is still owed, and its details as issued (seller, buyer, dates, VAT per rate, due date, bank).");
        invoice.MapGet("/ubl", Ubl).WithName("GetInvoiceUbl").Produces(StatusCodes.Status200OK, contentType: UblInvoice.MediaType)
            .WithSummary("The invoice as an EN 16931 electronic invoice in UBL 2.1 (Invoice, or CreditNote for a credit note); 404 for invoices issued before their details were kept.");
        return routes;
    }

    private static async Task<Ok<InvoiceView>> Get(string number, string invoiceNumber, HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await Find(number, invoiceNumber, http, grains));

    private static async Task<ContentHttpResult> Ubl(string number, string invoiceNumber, HttpContext http, IGrainFactory grains)
    {
        var invoice = await Find(number, invoiceNumber, http, grains);
        var xml = UblInvoice.Write(invoice) ?? throw new NotFoundException("electronic invoice", invoiceNumber);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{invoice.Number}.xml\"";
        return TypedResults.Text(xml.Declaration + Environment.NewLine + xml.Root, UblInvoice.MediaType, Encoding.UTF8);
    }

    /// <summary>The invoice as the caller sees the order: not found where the order's invoicing is not theirs to see.</summary>
    private static async Task<InvoiceView> Find(string number, string invoiceNumber, HttpContext http, IGrainFactory grains)
    {
        var order = await OrderEndpoints.Order(grains, number).Get(http.User.ToCaller());
        return order.Invoicing?.Invoices.FirstOrDefault(invoice => invoice.Number == invoiceNumber)
               ?? throw new NotFoundException("invoice", invoiceNumber);
    }
}
