using DexFlow.Contracts.Errors;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Storage;

/// <summary>Why a version of configuration (rules, prices, checklist, profile) is published: required, kept in its history.</summary>
public static class PublicationComments
{
    /// <summary>The comment as stored (trimmed); a 400 naming <c>comment</c> when it is missing or too long.</summary>
    /// <param name="why">What the comment explains, e.g. "the prices change".</param>
    public static string Checked(string? comment, string why)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw ValidationException.For("comment", $"Say why {why}.");
        }

        return comment.Length <= InputLimits.LongText
            ? comment.Trim()
            : throw ValidationException.For("comment", $"At most {InputLimits.LongText} characters.");
    }
}
