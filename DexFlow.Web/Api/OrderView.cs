namespace DexFlow.Web.Api;

/// <summary>
/// An order as the caller may see it (Contracts' <c>OrderView</c>). Each group below the header is null when the
/// caller's roles do not give it, so the page shows exactly what the API returned.
/// </summary>
public sealed record OrderView(
    string Number,
    OrderStage Stage,
    int Revision,
    long Version,
    string? ManagerId,
    string? ManagerName,
    string? CustomerName,
    string? Product,
    string? Title,
    int? Quantity,
    DateOnly? DueDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<OrderAction>? AvailableActions,
    ProcessingView? Processing,
    CancellationView? Cancellation,
    SpecificationView? Specification,
    CustomerView? Customer,
    PricingView? Pricing,
    ReviewView? Review,
    ScheduleView? Schedule,
    IReadOnlyList<DocumentView>? Documents,
    InvoicingView? Invoicing,
    DeadlineView? Deadline);

public sealed record ProcessingView(int Attempts, string? LastError, bool GaveUp);

public sealed record CancellationView(string Reason, string? CancelledBy, DateTimeOffset CancelledAt);

public sealed record DeadlineView(string Waiting, DateTimeOffset Since, DateTimeOffset DueBy, DateTimeOffset FlaggedAt, int Times);

public sealed record SpecificationView(
    string? Product,
    string? Title,
    int? FinishedWidthMm,
    int? FinishedHeightMm,
    int? Quantity,
    int? Pages,
    int? ColoursFront,
    int? ColoursBack,
    string? PaperStock,
    IReadOnlyList<string>? Finishing,
    DateOnly? DueDate,
    string? DeliveryAddress,
    string? Notes);

public sealed record CustomerView(string Name, string? CustomerNumber, string? ContactName, string? ContactEmail, string? BillingAddress, string? VatId,
    string? CustomerId = null, string? PurchaseOrderReference = null);

public sealed record PricingView(int? PriceListVersion, string? Currency, decimal? NetTotal, decimal? VatTotal, decimal? GrossTotal);
