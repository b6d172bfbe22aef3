using System.Net;
using System.Text.Json.Nodes;
using DexFlow.Contracts.Parcels;
using DexFlow.Testing;
using static DexFlow.Api.Tests.ParcelIntakeTests;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>The customer master: who keeps which details, orders that refer to customers, and documents matched to them.</summary>
[Collection(ApiCollection.Name)]
public sealed class CustomerMasterTests(ApiFixture fixture)
{
    [Fact]
    public async Task Managers_keep_their_customers_accountants_the_billing_and_terms_and_nobody_else_changes_them()
    {
        var manager = await LogIn("manager");
        var accountant = await LogIn("accountant");
        var name = Unique("Helios Druck");

        var created = await manager.Post("/api/customers", new
        {
            name, billingAddress = "Ringstr. 5, 04109 Leipzig", vatId = "de 811 907 980",
            contacts = new[] { new { name = "Jo Berg", email = "Jo.Berg@Helios-Druck.example", phone = "+49 341 100", role = "Buyer" } },
        });
        var customer = await Json(created, HttpStatusCode.Created);
        var path = created.Headers.Location!.OriginalString;
        var managerSetsTerms = await Json(await manager.Put(path, Body(customer, paymentTermsDays: 14), ("If-Match", created.Headers.ETag!.Tag)), HttpStatusCode.Forbidden);
        var terms = await accountant.Put(path, Body(customer, paymentTermsDays: 14, creditLimit: 20000m), ("If-Match", created.Headers.ETag!.Tag));
        var withTerms = await Json(terms, HttpStatusCode.OK);
        var accountantRenames = await accountant.Put(path, Body(withTerms, name: name + " Neu"), ("If-Match", terms.Headers.ETag!.Tag));
        var stale = await manager.Put(path, Body(customer, notes: "prefers matt stock"), ("If-Match", created.Headers.ETag!.Tag));
        var noIfMatch = await manager.Put(path, Body(withTerms, notes: "prefers matt stock"));
        var othersCustomer = await (await LogIn("manager2")).Put(path, Body(withTerms, notes: "mine now"), ("If-Match", terms.Headers.ETag!.Tag));
        var noted = await Json(await manager.Put(path, Body(withTerms, notes: "prefers matt stock"), ("If-Match", terms.Headers.ETag!.Tag)), HttpStatusCode.OK);

        Assert.Matches(@"^C-\d{6}$", customer["customerNumber"]!.GetValue<string>());
        Assert.Equal(("manager", "DE811907980", "jo.berg@helios-druck.example"),
            (customer["managerId"]!.GetValue<string>(), customer["vatId"]!.GetValue<string>(), customer["contacts"]![0]!["email"]!.GetValue<string>()));
        Assert.Contains("paymentTermsDays", managerSetsTerms["detail"]!.GetValue<string>());
        Assert.Equal((14, 20000m, 2L), (withTerms["paymentTermsDays"]!.GetValue<int>(), withTerms["creditLimit"]!.GetValue<decimal>(), withTerms["version"]!.GetValue<long>()));
        Assert.Equal(HttpStatusCode.Forbidden, accountantRenames.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, othersCustomer.StatusCode);
        Assert.Equal(("prefers matt stock", 14), (noted["notes"]!.GetValue<string>(), noted["paymentTermsDays"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_master_is_searched_by_the_roles_that_read_it_and_refuses_bad_details_field_by_field()
    {
        var admin = await LogIn("admin");
        var number = "K-" + Guid.NewGuid().ToString("N")[..8];
        var customer = await Json(await admin.Post("/api/customers", new
        {
            customerNumber = number, name = Unique("Lumen Verlag"), managerId = "manager2",
            contacts = new[] { new { name = "Ada Lumen", email = "ada@lumen-verlag.example" } },
        }), HttpStatusCode.Created);

        var byContact = await (await LogIn("auditor")).GetJson("/api/customers?text=lumen-verlag.example");
        var byNumber = await (await LogIn("accountant")).GetJson($"/api/customers?text={number.ToLowerInvariant()}");
        var byManager = await (await LogIn("manager")).GetJson("/api/customers?managerId=manager2");
        var qa = await (await LogIn("qa")).Get("/api/customers");
        var taken = await Json(await admin.Post("/api/customers", new { customerNumber = number, name = "Other", managerId = "manager" }), HttpStatusCode.Conflict);
        var bad = await Json(await admin.Post("/api/customers", new
        {
            customerNumber = "no spaces allowed", name = " ", managerId = "qa", paymentTermsDays = 400, creditLimit = -1m,
            contacts = new[] { new { name = "", email = "not-an-address" } },
        }), HttpStatusCode.BadRequest);

        var id = customer["customerId"]!.GetValue<string>();
        Assert.Contains(byContact["items"]!.AsArray(), item => item!["customerId"]!.GetValue<string>() == id);
        Assert.Contains(byNumber["items"]!.AsArray(), item => item!["customerId"]!.GetValue<string>() == id);
        Assert.Contains(byManager["items"]!.AsArray(), item => item!["customerId"]!.GetValue<string>() == id);
        Assert.All(byManager["items"]!.AsArray(), item => Assert.Equal("manager2", item!["managerId"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, qa.StatusCode);
        Assert.Equal("urn:dexflow:problem:already-exists", taken["type"]!.GetValue<string>());
        Assert.Equal(["contacts[0].email", "contacts[0].name", "creditLimit", "customerNumber", "name", "paymentTermsDays"],
            bad["errors"]!.AsObject().Select(field => field.Key).Order());
        var unknownManager = await Json(await admin.Post("/api/customers", new { name = Unique("Nobody's"), managerId = "qa" }), HttpStatusCode.BadRequest);
        Assert.Equal(["managerId"], unknownManager["errors"]!.AsObject().Select(field => field.Key));
    }

    [Fact]
    public async Task An_order_refers_to_its_customer_by_id_and_takes_the_billing_details_from_the_master_until_it_is_invoiced()
    {
        var manager = await LogIn("manager");
        var accountant = await LogIn("accountant");
        var created = await manager.Post("/api/customers", new { name = Unique("Orbis Media"), billingAddress = "Am Hafen 1, 20457 Hamburg", vatId = "DE999999999" });
        var customer = await Json(created, HttpStatusCode.Created);
        var id = customer["customerId"]!.GetValue<string>();
        var form = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(OrderForms.Complete()))!;
        form["customer"] = new JsonObject { ["customerId"] = id, ["purchaseOrderReference"] = "PO-4711", ["contactName"] = "Mia Orbis" };

        var draft = await Json(await manager.Post("/api/orders", form), HttpStatusCode.Created);
        var number = draft["number"]!.GetValue<string>();
        await Json(await accountant.Put($"/api/customers/{id}", Body(customer, billingAddress: "Speicherstadt 9, 20457 Hamburg"), ("If-Match", created.Headers.ETag!.Tag)), HttpStatusCode.OK);
        await Json(await manager.Post($"/api/orders/{number}/submit"), HttpStatusCode.Accepted);
        var submitted = await manager.GetJson($"/api/orders/{number}");
        form["customer"] = new JsonObject { ["customerId"] = "cus-nosuchcustomer" };
        var unknown = await Json(await manager.Post("/api/orders", form), HttpStatusCode.BadRequest);

        Assert.Equal((id, customer["name"]!.GetValue<string>(), customer["customerNumber"]!.GetValue<string>(), "Am Hafen 1, 20457 Hamburg", "PO-4711", "Mia Orbis"),
            (Text(draft, "customerId"), Text(draft, "name"), Text(draft, "customerNumber"), Text(draft, "billingAddress"), Text(draft, "purchaseOrderReference"), Text(draft, "contactName")));
        Assert.Equal(("Speicherstadt 9, 20457 Hamburg", "PO-4711"), (Text(submitted, "billingAddress"), Text(submitted, "purchaseOrderReference")));
        Assert.Equal(["customer.customerId"], unknown["errors"]!.AsObject().Select(field => field.Key));
    }

    [Fact]
    public async Task Whether_a_customer_is_new_for_the_prepayment_is_decided_on_the_customer_not_on_the_name_typed()
    {
        var manager = await LogIn("manager");
        var accountant = await LogIn("accountant");
        var firstName = Unique("Kestrel Print");

        // A first order typed by name: submitting it makes the customer, and being new it is asked to prepay.
        var first = await OrderSteps.InReview(fixture.Api.Address, firstName);
        var linked = await manager.GetJson($"/api/orders/{first}");
        var id = Text(linked, "customerId");
        await Json(await (await LogIn("qa")).Post($"/api/orders/{first}/qa-review", new { decision = "Approve" }), HttpStatusCode.OK);
        var approved = await Json(await accountant.Post($"/api/orders/{first}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        await ShopFloor.PayPrepayments(accountant, first);
        await ShopFloor.ScheduleAsProposed(await LogIn("planner"), first);
        await ShopFloor.RunEveryProcess(await LogIn("operator"), first);
        await OrderSteps.WaitFor(accountant, first, order => order["invoicing"]!["invoices"]!.AsArray().Any(invoice => invoice!["kind"]!.GetValue<string>() == "Final"), "its final invoice");

        // The customer is renamed; their next order, by id, is a returning customer's: no prepayment. An order typed
        // with the old name is somebody new.
        var master = await manager.Get($"/api/customers/{id}");
        var renamed = await Json(await manager.Put($"/api/customers/{id}", Body(await Json(master, HttpStatusCode.OK), name: firstName + " & Sons"),
            ("If-Match", master.Headers.ETag!.Tag)), HttpStatusCode.OK);
        var byId = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(OrderForms.Complete()))!;
        byId["customer"] = new JsonObject { ["customerId"] = id };
        var returning = await Approved(await OrderSteps.InReview(fixture.Api.Address, "", byId));
        var stranger = await Approved(await OrderSteps.InReview(fixture.Api.Address, firstName));

        Assert.Contains(approved["invoicing"]!["invoices"]!.AsArray(), invoice => invoice!["kind"]!.GetValue<string>() == "Prepayment");
        Assert.Equal(firstName + " & Sons", Text(returning, "name"));
        Assert.DoesNotContain(returning["invoicing"]!["invoices"]!.AsArray(), invoice => invoice!["kind"]!.GetValue<string>() == "Prepayment");
        Assert.Contains(stranger["invoicing"]!["invoices"]!.AsArray(), invoice => invoice!["kind"]!.GetValue<string>() == "Prepayment");
        Assert.NotEqual(id, Text(stranger, "customerId"));
        Assert.Equal(renamed["customerId"]!.GetValue<string>(), Text(returning, "customerId"));
    }

    [Fact]
    public async Task A_purchase_order_mailed_by_a_customers_contact_becomes_a_draft_for_their_manager_and_an_unknown_one_says_so()
    {
        var admin = await LogIn("admin");
        var customer = await Json(await admin.Post("/api/customers", new
        {
            name = "Greenleaf Organics AG", managerId = "manager2",
            contacts = new[] { new { name = "Lea Brunner", email = "l.brunner@greenleaf-organics.example" } },
        }), HttpStatusCode.Created);
        await using var imap = await DovecotServer.StartAsync();
        await CaptureTests.Append(imap, ["s029-email.eml"]);
        var capturePoint = "mail-" + Guid.NewGuid().ToString("N")[..8];
        await Json(await admin.Put($"/api/capture-points/{capturePoint}", new
        {
            kind = "Imap", enabled = true, channel = "Email", pollEvery = "00:00:00.500",
            imap = new { host = CaptureFolders.MailHost, port = imap.Port, security = "None", userName = DovecotServer.User, password = DovecotServer.Password, mailbox = "INBOX", processedMailbox = "Processed" },
        }), HttpStatusCode.OK);

        var mailed = await WaitForStage(admin, $"/api/parcels/{ParcelIds.For(capturePoint, "b714b2e86ed3d2e22277@greenleaf-organics.example")}", "Routed");
        await CaptureTests.Disable(admin, capturePoint, await admin.GetJson($"/api/capture-points/{capturePoint}"));
        var uploaded = await WaitForStage(admin, (await admin.Upload("/api/parcels", [("po.pdf", Sample("s003-po-p3.pdf"))])).Headers.Location!.OriginalString, "Routed");

        var route = mailed["documents"]!.AsArray().Select(document => document!["route"]!).Single(route => route["kind"]!.GetValue<string>() == "NewOrderDraft");
        var draft = await admin.GetJson($"/api/orders/{route["orderNumber"]}");
        Assert.Equal(("manager2", customer["customerId"]!.GetValue<string>(), "4500065416"),
            (draft["managerId"]!.GetValue<string>(), Text(draft, "customerId"), Text(draft, "purchaseOrderReference")));
        Assert.Matches(@"customer Greenleaf Organics AG \(C-\d{6}\) at 0\.9\d: the sender is their contact Lea Brunner", route["reason"]!.GetValue<string>());
        var unknown = uploaded["documents"]![0]!["route"]!;
        Assert.Equal("NewOrderDraft", unknown["kind"]!.GetValue<string>());
        Assert.Contains("no customer in the master resembles 'Harbor & Finch Architects'", unknown["reason"]!.GetValue<string>());
        Assert.Null((await admin.GetJson($"/api/orders/{unknown["orderNumber"]}"))["customer"]!["customerId"]);
    }

    private async Task<JsonObject> Approved(string number)
    {
        await Json(await (await LogIn("qa")).Post($"/api/orders/{number}/qa-review", new { decision = "Approve" }), HttpStatusCode.OK);
        var accountant = await LogIn("accountant");
        await Json(await accountant.Post($"/api/orders/{number}/accounting-review", new { decision = "Approve" }), HttpStatusCode.OK);
        // The prepayment decision is an IssueInvoice entry of the order's history, with an invoice or without one.
        var auditor = await LogIn("auditor");
        await Eventually.Get(async () => new JsonObject { ["history"] = JsonNode.Parse(await auditor.Http.GetStringAsync($"/api/orders/{number}/history")) },
            history => history["history"]!.AsArray().Any(entry => entry!["action"]!.GetValue<string>() == "IssueInvoice"), $"order {number}'s prepayment decision");
        return await accountant.GetJson($"/api/orders/{number}");
    }

    /// <summary>A PUT body: the customer as read, with the fields given changed.</summary>
    private static object Body(JsonObject customer, string? name = null, string? billingAddress = null, int? paymentTermsDays = null, decimal? creditLimit = null,
        string? notes = null) => new
    {
        name = name ?? customer["name"]!.GetValue<string>(),
        billingAddress = billingAddress ?? customer["billingAddress"]?.GetValue<string>(),
        vatId = customer["vatId"]?.GetValue<string>(),
        contacts = customer["contacts"],
        paymentTermsDays = paymentTermsDays ?? customer["paymentTermsDays"]?.GetValue<int>(),
        creditLimit = creditLimit ?? customer["creditLimit"]?.GetValue<decimal>(),
        managerId = customer["managerId"]!.GetValue<string>(),
        notes = notes ?? customer["notes"]?.GetValue<string>(),
    };

    private static string? Text(JsonObject order, string field) => order["customer"]![field]?.GetValue<string>();

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    private Task<DexFlowHttpClient> LogIn(string user) => DexFlowHttpClient.LogIn(fixture.Api.Address, user);
}
