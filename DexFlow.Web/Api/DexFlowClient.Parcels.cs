using System.Net.Http.Headers;

namespace DexFlow.Web.Api;

// Intake and the clerks' work on parcels: upload, follow, the queue, corrections in manual indexing, retries.
public sealed partial class DexFlowClient
{
    /// <summary>
    /// Uploads files as one parcel (<c>POST /api/parcels</c>, multipart). A scanner station's id makes the parcel that
    /// station's scan; the idempotency key makes a repeated attempt find the parcel the first one made.
    /// </summary>
    public async Task<ParcelView> Upload(IReadOnlyList<UploadFile> files, string? stationId, string? note, string idempotencyKey,
        CancellationToken cancellationToken = default)
    {
        using var form = FilesForm(files);

        if (!string.IsNullOrWhiteSpace(stationId))
        {
            form.Add(new StringContent(stationId), "stationId");
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            form.Add(new StringContent(note), "note");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/parcels") { Content = form };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return await Read<ParcelView>(response, cancellationToken);
    }

    public Task<ParcelView> Parcel(string id, CancellationToken cancellationToken = default) =>
        Get<ParcelView>($"api/parcels/{Uri.EscapeDataString(id)}", cancellationToken);

    /// <summary>The clerks' queue: without a stage, parcels waiting for manual indexing and failed ones, oldest first.</summary>
    public Task<ParcelQueuePage> ParcelQueue(ParcelStage? stage, int page, int pageSize, CancellationToken cancellationToken = default) =>
        Get<ParcelQueuePage>(Query("api/indexing/queue", ("stage", stage?.ToString()), ("page", page.ToString()), ("pageSize", pageSize.ToString())),
            cancellationToken);

    /// <summary>A clerk's corrections to a parcel in manual indexing; the answer is the parcel after routing.</summary>
    public Task<ParcelView> Correct(string id, ParcelCorrections corrections, CancellationToken cancellationToken = default) =>
        Send<ParcelView>(HttpMethod.Post, $"api/parcels/{Uri.EscapeDataString(id)}/corrections", corrections, cancellationToken);

    public Task<ParcelView> RetryParcel(string id, CancellationToken cancellationToken = default) =>
        Send<ParcelView>(HttpMethod.Post, $"api/parcels/{Uri.EscapeDataString(id)}/retry", null, cancellationToken);
}
