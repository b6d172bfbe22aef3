namespace DexFlow.Testing;

/// <summary>Where the shared sample documents and test data are: <c>DEXFLOW_SHARED</c>, or the <c>shared</c> folder beside the checkout.</summary>
public static class SharedData
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "samples");

    public static string TestData => Path.Combine(Root, "testdata");

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
