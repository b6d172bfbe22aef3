using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Api.Tests.ParcelIntakeTests;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>A customer's order sent as a spreadsheet or an OpenDocument letter is read like any other: its fields are found.</summary>
[Collection(ApiCollection.Name)]
public sealed class OfficeIntakeTests(ApiFixture fixture)
{
    private static readonly object[][] Order =
    [
        ["Purchase order", "PO-8812"],
        ["Customer", "Acme GmbH"],
        ["Product", "Flyer"],
        ["Quantity", 5000],
        ["Colours", "4/4"],
        ["Due date", new DateOnly(2027, 3, 15)],
    ];

    public static TheoryData<string, string> Files => new()
    {
        { "order.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "order.ods", "application/vnd.oasis.opendocument.spreadsheet" },
        { "order.odt", "application/vnd.oasis.opendocument.text" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task An_order_sent_as_an_office_file_is_read_into_its_fields(string name, string mediaType)
    {
        var clerk = await LogIn(fixture.Api.Address, "clerk");
        var bytes = name switch
        {
            "order.xlsx" => OfficeFiles.Xlsx(Order),
            "order.ods" => OfficeFiles.Ods(Order),
            _ => OfficeFiles.Odt("Purchase order from Acme GmbH", Order),
        };

        var accepted = await clerk.Upload("/api/parcels", [(name, bytes)]);
        var location = accepted.Headers.Location!.OriginalString;
        var parcel = await Eventually.Get(async () => await clerk.GetJson(location), read => read["stage"]!.GetValue<string>() is "Routed" or "ManualIndexing" or "Failed",
            $"{name} to be read", TimeSpan.FromMinutes(1));

        Assert.Equal(mediaType, parcel["files"]![0]!["mediaType"]!.GetValue<string>());
        var fields = parcel["documents"]![0]!["fields"]!.AsArray();
        Assert.Equal("5000", FieldValue(fields, "quantity"));
        Assert.Equal("2027-03-15", FieldValue(fields, "due_date"));
        Assert.Equal("4/4", FieldValue(fields, "colours"));
        Assert.Equal("Acme GmbH", FieldValue(fields, "customer_name"));
        var text = (await clerk.GetJson($"/api/documents/{parcel["documents"]![0]!["id"]!.GetValue<string>()}/text"))["pages"]!.AsArray()
            .Select(page => page!["text"]!.GetValue<string>());
        Assert.Contains("Quantity: 5000", string.Join('\n', text));
    }
}
