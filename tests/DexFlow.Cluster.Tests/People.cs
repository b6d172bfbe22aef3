using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Security;

namespace DexFlow.Cluster.Tests;

internal static class People
{
    public static readonly Caller Mia = new("mia", "Mia Manager", Roles.Manager);
    public static readonly Caller Max = new("max", "Max Manager", Roles.Manager);
    public static readonly Caller Alex = new("alex", "Alex Accountant", Roles.Accountant);
    public static readonly Caller Quinn = new("quinn", "Quinn Inspector", Roles.QA);
    public static readonly Caller Pat = new("pat", "Pat Planner", Roles.Planner);
    public static readonly Caller Ada = new("ada", "Ada Administrator", Roles.Administrator);

    public static NewOrder NewOrder(string customer = "Acme GmbH", int quantity = 5000) => new(
        new CustomerDetails(customer, null, null, null, "Hauptstr. 1, Berlin", "DE123456789"),
        new PrintSpecification(ProductType.Flyer, "Spring flyer", 148, 210, quantity, 2, 4, 4, "gloss-135", ["cutting"],
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), null, null),
        null);
}
