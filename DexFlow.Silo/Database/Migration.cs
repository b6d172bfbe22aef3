using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DexFlow.Grains;

namespace DexFlow.Silo.Database;

/// <summary>One numbered SQL script of DexFlow's schema. Applied scripts are immutable: their checksum is recorded.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    private const string Prefix = "DexFlow.Migrations.";

    public string Checksum => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>
    /// The scripts embedded as <c>DexFlow.Migrations.NNNN_name.sql</c>, in order of their numbers: Orleans' own in this
    /// assembly, DexFlow's in each feature's folder of the grains assembly, beside the code that queries its tables.
    /// </summary>
    public static IReadOnlyList<Migration> Embedded { get; } =
        Collect([typeof(Migration).Assembly, typeof(DexFlowGrainsServiceCollectionExtensions).Assembly]);

    private static Migration[] Collect(Assembly[] assemblies)
    {
        var migrations = assemblies.SelectMany(Load).OrderBy(migration => migration.Version).ToArray();

        // Two scripts with one number would leave it to chance which one an existing database is taken to have run.
        var repeated = migrations.GroupBy(migration => migration.Version).FirstOrDefault(group => group.Count() > 1);
        return repeated is null
            ? migrations
            : throw new InvalidOperationException(
                $"Migration {repeated.Key:D4} is embedded more than once: {string.Join(", ", repeated.Select(migration => migration.Name))}.");
    }

    private static IEnumerable<Migration> Load(Assembly assembly) => assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
        .Select(name =>
        {
            var fileName = name[Prefix.Length..^".sql".Length];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            return new Migration(int.Parse(fileName[..4]), fileName[5..], reader.ReadToEnd());
        });
}
