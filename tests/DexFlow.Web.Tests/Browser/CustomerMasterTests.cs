using OpenQA.Selenium;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Web.Tests.Browser;

/// <summary>A manager adds a customer to the master; accounting gives them payment terms.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomerMasterTests(BrowserFixture fixture)
{
    private readonly WebApp app = new(fixture);

    [Fact]
    public async Task A_manager_adds_a_customer_with_a_contact_and_an_accountant_gives_them_their_own_payment_terms()
    {
        var name = $"Kunde {Guid.NewGuid():N}"[..20];
        app.SignIn("manager");
        app.Open("customers");
        app.WaitFor("[data-test=add-customer]", "the add button").Click();
        Type("#customer-name", name);
        Type("#customer-billing-address", "Hauptstraße 5, 80331 München");
        app.WaitFor("[data-test=add-contact]", "the add-contact button").Click();
        Type("#contact-0-name", "Anna Kunde");
        Type("#contact-0-email", "anna@kunde.example");
        Assert.Equal("true", app.WaitFor("#customer-terms", "the terms field").GetAttribute("readonly")); // terms are accounting's
        app.AssertAccessible("the customer editor");
        app.WaitFor("[data-test=save-customer]", "the save button", button => button.Enabled).Click();
        Type("#customer-search", name);
        var number = app.WaitFor("[data-test=customer-name]", "the new customer", cell => cell.Text == name).GetAttribute("data-number");
        Assert.Empty(app.BrowserErrors());

        app.SignIn("accountant");
        app.Open("customers");
        Type("#customer-search", name);
        app.WaitForSearched("[data-test=customer-row]", "data-number", number!);
        app.ClickWhenSteady($"[data-test=edit-customer][data-number='{number}']", "the customer's change button");
        Assert.Equal("true", app.WaitFor("#customer-name", "the name field").GetAttribute("readonly")); // the name is the manager's
        Type("#customer-terms", "30");
        app.WaitFor("[data-test=save-customer]", "the save button", button => button.Enabled).Click();
        app.WaitFor($"[data-test=customer-terms][data-number='{number}']", "the customer's own terms", cell => cell.Text.Contains("30"));
        Assert.Empty(app.BrowserErrors());

        var manager = await LogIn(fixture.Api.Address, "manager");
        var customer = (await manager.GetJson($"/api/customers?text={Uri.EscapeDataString(name)}"))["items"]!.AsArray().Single()!;
        Assert.Equal((30, "Anna Kunde", "anna@kunde.example", "manager"),
            (customer["paymentTermsDays"]!.GetValue<int>(), customer["contacts"]![0]!["name"]!.GetValue<string>(),
             customer["contacts"]![0]!["email"]!.GetValue<string>(), customer["managerId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_manager_starts_an_order_for_a_customer_chosen_from_the_master_with_the_customers_own_reference()
    {
        var manager = await LogIn(fixture.Api.Address, "manager");
        var name = $"Stamm {Guid.NewGuid():N}"[..18];
        var customer = await Json(await manager.Post("/api/customers", new { name, billingAddress = "Ring 1, 50667 Köln", vatId = "DE811569869" }),
            System.Net.HttpStatusCode.Created);

        app.SignIn("manager");
        app.Open("orders/new");
        app.WaitFor("#customer-master", "the customer picker").SendKeys(name[..10]);
        app.ClickWhenSteady(".mud-popover-open .mud-list-item", $"{name} among the customers found", item => item.Text.Contains(name));
        app.WaitFor("[data-test=customer-linked]", "the order linked to the customer");
        Assert.Equal("true", app.WaitFor("#customer-name", "the name from the master", input => input.GetAttribute("value") == name).GetAttribute("disabled"));
        Type("#customer-reference", "PO-4711");
        app.AssertAccessible("the order form with a customer from the master");
        app.WaitFor("[data-test=save]", "the save button", button => button.Enabled).Click();
        app.WaitFor("[data-test=stage]", "the new draft's page", stage => stage.GetAttribute("data-stage") == "Draft");
        var number = app.Driver.Url.Split('/').Last();
        Assert.Empty(app.BrowserErrors());

        var order = await manager.GetJson($"/api/orders/{number}");
        Assert.Equal((customer["customerId"]!.GetValue<string>(), "PO-4711", "DE811569869"),
            (order["customer"]!["customerId"]!.GetValue<string>(), order["customer"]!["purchaseOrderReference"]!.GetValue<string>(), order["customer"]!["vatId"]!.GetValue<string>()));
    }

    /// <summary>Replaces what the field holds, as typing does.</summary>
    private void Type(string css, string text)
    {
        var field = app.WaitFor(css, $"the field {css}");
        field.SendKeys(Keys.Control + "a");
        field.SendKeys(text);
        app.WaitFor(css, $"the field {css} to hold '{text}'", element => element.GetAttribute("value") == text);
    }
}
