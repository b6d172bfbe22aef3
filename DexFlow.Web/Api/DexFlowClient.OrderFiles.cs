namespace DexFlow.Web.Api;

/// <summary>Files a manager attaches to an order (artwork above all).</summary>
public sealed partial class DexFlowClient
{
    /// <summary>
    /// Uploads the files as one multipart request with their document type; returns the order with them among its
    /// documents. The same file attached again is the same document.
    /// </summary>
    public async Task<OrderView> AttachFiles(string number, IReadOnlyList<UploadFile> files, AttachedFileType type, CancellationToken cancellationToken = default)
    {
        using var form = FilesForm(files);
        form.Add(new StringContent(type.ToString()), "type");

        using var response = await http.PostAsync($"api/orders/{Uri.EscapeDataString(number)}/documents", form, cancellationToken);
        return await Read<OrderView>(response, cancellationToken);
    }
}
