using DexFlow.Api.Auth;
using DexFlow.Api.Concurrency;
using DexFlow.Contracts;
using DexFlow.Contracts.Customers;
using DexFlow.Contracts.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DexFlow.Api.Customers;

/// <summary>
/// The customer master: managers, accountants, administrators and auditors read it; managers create customers and
/// edit those they serve, accountants edit billing and terms, administrators everything.
/// </summary>
public static class CustomerEndpoints
{
    public static IEndpointRouteBuilder MapCustomerEndpoints(this IEndpointRouteBuilder routes)
    {
        var customers = routes.MapGroup("/api/customers").WithTags("Customers").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        customers.MapGet("", List).WithName("ListCustomers").ProducesValidationProblem()
            .WithSummary("Customers by name; text finds a part of the name, number, VAT id or a contact's name or e-mail; managerId those one manager serves.");
        customers.MapPost("", Create).WithName("CreateCustomer").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Create a customer (managers, served by themselves; administrators). Without customerNumber the master numbers it (C-000001, ...).");
        customers.MapGet("/{id}", Get).WithName("GetCustomer").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("A customer, with their ETag.");
        customers.MapPut("/{id}", Update).WithName("UpdateCustomer").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Replace a customer's details (If-Match required). Managers change the customers they serve but not their terms; "
                         + "accountants billing address, VAT id, payment terms and credit limit; administrators everything. "
                         + "Orders take the new billing details when they are next edited, submitted or invoiced.");
        return routes;
    }

    private static async Task<Ok<CustomerMasterListResponse>> List(HttpContext http, IGrainFactory grains, string? text, string? managerId, int? page, int? pageSize)
    {
        if (Paging.Check(page, pageSize) is var (field, problem))
        {
            throw ValidationException.For(field, problem);
        }

        var found = await Directory(grains).List(http.User.ToCaller(), new CustomerQuery(text, managerId, page ?? 1, pageSize ?? Paging.DefaultPageSize));
        return TypedResults.Ok(new CustomerMasterListResponse([.. found.Items.Select(Response)], found.Page, found.PageSize, found.Total));
    }

    private static async Task<Created<CustomerMasterResponse>> Create(CustomerMasterRequest request, HttpContext http, IGrainFactory grains)
    {
        var customer = await Directory(grains).Create(http.User.ToCaller(), new NewCustomer(request.CustomerNumber, Profile(request)));
        http.Response.Headers.ETag = ETags.For(customer.Version);
        return TypedResults.Created($"/api/customers/{Uri.EscapeDataString(customer.CustomerId)}", Response(customer));
    }

    private static async Task<Ok<CustomerMasterResponse>> Get(string id, HttpContext http, IGrainFactory grains) =>
        WithETag(http, await Directory(grains).Get(http.User.ToCaller(), id));

    private static async Task<Results<Ok<CustomerMasterResponse>, ProblemHttpResult>> Update(string id, CustomerMasterRequest request, HttpContext http, IGrainFactory grains)
    {
        if (ETags.Expected(http.Request) is not { } expected)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, type: Problems.ProblemTypes.PreconditionRequired,
                title: "If-Match is required.", detail: "Send the ETag from GET /api/customers/{id} in If-Match, so that concurrent changes cannot overwrite each other.");
        }

        if (request.CustomerNumber is not null)
        {
            throw ValidationException.For("customerNumber", "A customer keeps their number; leave it out.");
        }

        return WithETag(http, await Directory(grains).Update(http.User.ToCaller(), id, Profile(request), expected));
    }

    private static CustomerProfile Profile(CustomerMasterRequest request) => new(
        request.Name ?? "",
        request.BillingAddress,
        request.VatId,
        [.. (request.Contacts ?? []).Select(contact => new CustomerContact(contact?.Name ?? "", contact?.Email, contact?.Phone, contact?.Role))],
        request.PaymentTermsDays,
        request.CreditLimit,
        request.ManagerId ?? "",
        request.Notes);

    private static Ok<CustomerMasterResponse> WithETag(HttpContext http, CustomerView customer)
    {
        http.Response.Headers.ETag = ETags.For(customer.Version);
        return TypedResults.Ok(Response(customer));
    }

    private static CustomerMasterResponse Response(CustomerView customer) => new(
        customer.CustomerId,
        customer.CustomerNumber,
        customer.Profile.Name,
        customer.Profile.BillingAddress,
        customer.Profile.VatId,
        [.. customer.Profile.Contacts.Select(contact => new CustomerContactBody(contact.Name, contact.Email, contact.Phone, contact.Role))],
        customer.Profile.PaymentTermsDays,
        customer.Profile.CreditLimit,
        customer.Profile.ManagerId,
        customer.ManagerName,
        customer.Profile.Notes,
        customer.CreatedAt,
        customer.UpdatedAt,
        customer.Version);

    private static ICustomerDirectoryGrain Directory(IGrainFactory grains) => grains.GetGrain<ICustomerDirectoryGrain>(0);
}
