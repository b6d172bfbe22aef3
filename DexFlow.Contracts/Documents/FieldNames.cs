namespace DexFlow.Contracts.Documents;

/// <summary>The fields DexFlow extracts from documents.</summary>
public static class FieldNames
{
    public const string OrderNumber = "order_number";
    public const string CustomerName = "customer_name";
    public const string CustomerReference = "customer_reference";
    public const string Quantity = "quantity";
    public const string Product = "product";
    public const string FinishedSize = "finished_size_mm";
    public const string Colours = "colours";
    public const string Paper = "paper";
    public const string DueDate = "due_date";
    public const string OrderDate = "order_date";
    public const string Pages = "pages";

    /// <summary>Finishing operations in the order given, comma-separated ("folding, saddle stitching, cutting").</summary>
    public const string Finishing = "finishing";
    public const string NetAmount = "net_amount";
    public const string VatAmount = "vat_amount";
    public const string GrossAmount = "gross_amount";
    public const string Currency = "currency";
    public const string InvoiceNumber = "invoice_number";
    public const string InvoiceDate = "invoice_date";
    public const string VatRate = "vat_rate";
    public const string SupplierName = "supplier_name";
    public const string SupplierVatId = "supplier_vat_id";
    public const string Iban = "iban";
    public const string Bic = "bic";

    public static IReadOnlyList<string> All { get; } =
    [
        OrderNumber, CustomerName, CustomerReference, Quantity, Product, FinishedSize, Colours, Paper, DueDate, OrderDate, Pages, Finishing,
        NetAmount, VatAmount, GrossAmount, Currency, InvoiceNumber, InvoiceDate, VatRate, SupplierName, SupplierVatId, Iban, Bic,
    ];
}
