using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace DexFlow.Contracts.Parcels;

/// <summary>Parcel ids are derived from the capture point and the delivery key, so a redelivery finds its parcel.</summary>
public static partial class ParcelIds
{
    public static string For(string capturePointId, string deliveryKey) =>
        "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(capturePointId + "\n" + deliveryKey)))[..24];

    public static bool IsWellFormed(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>Documents are numbered within their parcel: <c>p-…-d2</c> is the parcel's second document.</summary>
    public static string Document(string parcelId, int index) => $"{parcelId}-d{index + 1}";

    public static bool TryParseDocument(string documentId, out string parcelId, out int index)
    {
        var match = DocumentPattern().Match(documentId);
        parcelId = match.Success ? match.Groups[1].Value : "";
        index = match.Success ? int.Parse(match.Groups[2].Value) - 1 : -1;
        return match.Success && index >= 0;
    }

    [GeneratedRegex("^p-[0-9a-f]{24}$")]
    private static partial Regex Pattern();

    [GeneratedRegex("^(p-[0-9a-f]{24})-d([0-9]{1,4})$")]
    private static partial Regex DocumentPattern();
}
