namespace DexFlow.Testing;

/// <summary>The checkout the tests run from (the folder holding DexFlow.sln), for tools kept in the repository.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.GetFiles("DexFlow.sln").Length > 0)
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("DexFlow.sln was not found above " + AppContext.BaseDirectory);
    }
}
