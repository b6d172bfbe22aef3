namespace DexFlow.Testing;

/// <summary>Where the shared sample documents and test data are: <c>DEXFLOW_SHARED</c>, or the <c>shared</c> folder beside the checkout.</summary>
public static class SharedData
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The harder development set: other customers and layouts, harder scans (its README says how it was made).</summary>
    public static string SamplesHard => Path.Combine(Root, "samples-hard");

    public static string TestData => Path.Combine(Root, "testdata");

    /// <summary>
    /// The files of a shared folder that match <paramref name="pattern"/>, in order. None is an error, not an empty
    /// test: a test over the samples that found no sample would pass as "0 of 0".
    /// </summary>
    public static string[] Files(string folder, string pattern, SearchOption search = SearchOption.TopDirectoryOnly)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, pattern, search).Order().ToArray() : [];
        return files.Length > 0 ? files : throw new FileNotFoundException($"No shared test file matches '{pattern}' in {folder}: is DEXFLOW_SHARED complete?");
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("DEXFLOW_SHARED") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "samples")) && directory.GetFiles("DexFlow.sln").Length == 0)
            {
                return candidate;
            }

            if (directory.GetFiles("DexFlow.sln").Length > 0 && Directory.Exists(Path.Combine(directory.Parent!.FullName, "shared", "samples")))
            {
                return Path.Combine(directory.Parent.FullName, "shared");
            }
        }

        throw new DirectoryNotFoundException("The shared sample data was not found: set DEXFLOW_SHARED to the folder holding samples/ and testdata/.");
    }
}
