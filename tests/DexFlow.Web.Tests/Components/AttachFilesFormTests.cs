using System.Net;
using Bunit;
using DexFlow.Web.Api;
using DexFlow.Web.Pages.Orders;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace DexFlow.Web.Tests.Components;

public sealed class AttachFilesFormTests : PopoverTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);
    private readonly FakeApi api = new();

    public AttachFilesFormTests() => Services.AddSingleton(api.Client);

    [Fact]
    public void Chosen_files_are_uploaded_at_once_as_artwork_and_the_order_comes_back_with_them()
    {
        var attached = Samples.Order("2026-000030") with
        {
            Documents = [new DocumentView("2026-000030-file-1", DocumentType.Artwork, "cover.pdf", "application/pdf", "upload", Samples.At)],
        };
        api.On(HttpMethod.Post, "/api/orders/2026-000030/documents", attached);
        OrderView? changed = null;
        var form = Render<AttachFilesForm>(parameters => parameters.Add(p => p.Number, "2026-000030").Add(p => p.Changed, order => changed = order));

        form.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("%PDF-1.7 cover", "cover.pdf", contentType: "application/pdf"));

        form.WaitForAssertion(() => Assert.Equal("Attached: cover.pdf", form.Find("[data-test=attached]").TextContent.Trim()), Patience);
        Assert.Equal(["cover.pdf"], changed!.Documents!.Select(document => document.FileName));
        var upload = api.Sent.Single();
        Assert.Contains("name=type", upload.Body);
        Assert.Contains("Artwork", upload.Body);
        Assert.Contains("filename=cover.pdf", upload.Body);
        Assert.Contains("%PDF-1.7 cover", upload.Body);
    }

    [Fact]
    public void A_refused_upload_shows_the_problem()
    {
        api.On(HttpMethod.Post, "/api/orders/2026-000030/documents", _ => FakeApi.Problem(HttpStatusCode.Conflict, "Not possible in the current stage."));
        var form = Render<AttachFilesForm>(parameters => parameters.Add(p => p.Number, "2026-000030"));

        form.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("art", "cover.pdf"));

        form.WaitForAssertion(() => Assert.Equal("Not possible in the current stage.", form.Find("[data-test=problem-title]").TextContent), Patience);
        Assert.Empty(form.FindAll("[data-test=attached]"));
    }
}
