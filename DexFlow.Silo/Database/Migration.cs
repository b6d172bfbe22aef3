using System.Security.Cryptography;
using System.Text;

namespace DexFlow.Silo.Database;

/// <summary>One numbered SQL script of DexFlow's schema. Applied scripts are immutable: their checksum is recorded.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    public string Checksum => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>The scripts embedded in this assembly as <c>DexFlow.Migrations.NNNN_name.sql</c>, in order.</summary>
    public static IReadOnlyList<Migration> Embedded { get; } = Load();

    private static Migration[] Load()
    {
        const string prefix = "DexFlow.Migrations.";
        var assembly = typeof(Migration).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var fileName = name[prefix.Length..^".sql".Length];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new Migration(int.Parse(fileName[..4]), fileName[5..], reader.ReadToEnd());
            })
            .OrderBy(migration => migration.Version)
            .ToArray();
    }
}
