namespace DexFlow.Api.Tests;

internal static class OrderForms
{
    public static object Complete(string customer = "Acme GmbH", int quantity = 5000) => new
    {
        customer = new { name = customer, vatId = "DE123456789", billingAddress = "Hauptstr. 1, 10115 Berlin" },
        specification = new
        {
            product = "Flyer",
            title = "Spring flyer",
            finishedWidthMm = 148,
            finishedHeightMm = 210,
            quantity,
            pages = 2,
            coloursFront = 4,
            coloursBack = 4,
            paperStock = "gloss-135",
            finishing = new[] { "cutting" },
            dueDate = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        },
    };
}
