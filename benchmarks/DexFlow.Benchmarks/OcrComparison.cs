using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DexFlow.Grains.Imaging;
using DexFlow.Grains.Indexing;
using Microsoft.Extensions.Options;

namespace DexFlow.Benchmarks;

/// <summary>
/// OCR throughput on the sample scans and faxes, all cores busy: the raw Tesseract command line (one process per
/// file, as many at once as there are cores) against DexFlow's imaging workers (one engine per thread, kept), and the
/// whole page reading of the pipeline through REST.
/// </summary>
public static class OcrComparison
{
    public sealed record Figures(int Pages, double CliPerSecond, double WorkersPerSecond, double PipelinePerSecond);

    public static async Task<Figures> Run(string samples, HttpClient clerk)
    {
        var files = Directory.GetFiles(samples)
            .Where(path => Path.GetExtension(path) is ".tif" or ".png" or ".jpg")
            .Where(path => Path.GetFileName(path).StartsWith("s0", StringComparison.Ordinal))
            .Order()
            .ToArray();
        var options = new ImagingOptions();
        var pages = 0;
        foreach (var file in files)
        {
            using var opened = await PageFile.Open(await File.ReadAllBytesAsync(file), options);
            pages += opened.PageCount;
        }

        var cli = await Cli(files);
        var workers = await Workers(files, options);
        var pipeline = await Pipeline(files, clerk);
        return new Figures(pages, pages / cli.TotalSeconds, pages / workers.TotalSeconds, pages / pipeline.TotalSeconds);
    }

    private static async Task<TimeSpan> Cli(string[] files)
    {
        using var slots = new SemaphoreSlim(Environment.ProcessorCount);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(files.Select(async file =>
        {
            await slots.WaitAsync();
            try
            {
                var start = new ProcessStartInfo("tesseract", [file, "stdout"]) { RedirectStandardOutput = true, RedirectStandardError = true };
                start.Environment["OMP_THREAD_LIMIT"] = "1";
                using var process = Process.Start(start)!;
                await process.StandardOutput.ReadToEndAsync();
                await process.WaitForExitAsync();
            }
            finally
            {
                slots.Release();
            }
        }));
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> Workers(string[] files, ImagingOptions options)
    {
        using var workers = new ImagingWorkers(Options.Create(options));
        await workers.Run(engine => 0); // engines start before the clock does, as in a running silo
        var watch = Stopwatch.StartNew();
        var reads = new List<Task>();
        foreach (var file in files)
        {
            var opened = await PageFile.Open(await File.ReadAllBytesAsync(file), options);
            for (var page = 0; page < opened.PageCount; page++)
            {
                var image = await opened.Render(page);
                reads.Add(workers.Run(engine =>
                {
                    using (image)
                    {
                        return engine.Recognize(image);
                    }
                }));
            }
        }

        await Task.WhenAll(reads);
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> Pipeline(string[] files, HttpClient clerk)
    {
        var watch = Stopwatch.StartNew();
        var locations = new List<string>();
        foreach (var file in files)
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", Path.GetFileName(file) } };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/parcels") { Content = form };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var response = await clerk.SendAsync(request);
            locations.Add(response.StatusCode == HttpStatusCode.Accepted ? response.Headers.Location!.OriginalString : throw new HttpRequestException($"upload {(int)response.StatusCode}"));
        }

        foreach (var location in locations)
        {
            while ((await clerk.GetFromJsonAsync<JsonObject>(location))!["stage"]!.GetValue<string>() is "Received" or "Splitting" or "Indexing" or "Routing")
            {
                await Task.Delay(100);
            }
        }

        return watch.Elapsed;
    }
}
