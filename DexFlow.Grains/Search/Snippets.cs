using System.Collections.Immutable;
using DexFlow.Contracts.Search;

namespace DexFlow.Grains.Search;

/// <summary>
/// ts_headline marks matches with two private-use characters no document holds once cleaned; the snippet is split at
/// them into plain parts, so that no client has to trust markup taken from a document.
/// </summary>
public static class Snippets
{
    public const char Start = '\uE000';
    public const char Stop = '\uE001';

    /// <summary>The options for ts_headline: a few short fragments around the matches.</summary>
    public static string Options => $"StartSel={Start}, StopSel={Stop}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=\" … \"";

    public static ImmutableArray<SnippetPart> Parse(string headline)
    {
        var parts = ImmutableArray.CreateBuilder<SnippetPart>();
        var rest = headline.AsSpan();
        while (!rest.IsEmpty)
        {
            var start = rest.IndexOf(Start);
            if (start < 0)
            {
                parts.Add(new SnippetPart(rest.ToString(), false));
                break;
            }

            if (start > 0)
            {
                parts.Add(new SnippetPart(rest[..start].ToString(), false));
            }

            rest = rest[(start + 1)..];
            var stop = rest.IndexOf(Stop);
            var matched = stop < 0 ? rest : rest[..stop];
            parts.Add(new SnippetPart(matched.ToString(), true));
            rest = stop < 0 ? [] : rest[(stop + 1)..];
        }

        return parts.ToImmutable();
    }
}
