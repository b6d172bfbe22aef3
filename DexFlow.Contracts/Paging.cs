namespace DexFlow.Contracts;

/// <summary>
/// The one rule for paged lists: pages count from 1, a page holds 1 to <see cref="MaxPageSize"/> items, and a page
/// past the end is empty (its offset is computed in 64 bits, so no page number overflows).
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    /// <summary>The field that is out of range and why, or null when both are acceptable.</summary>
    public static (string Field, string Problem)? Check(int? page, int? pageSize) =>
        page < 1 ? ("page", "Must be 1 or more.")
        : pageSize is < 1 or > MaxPageSize ? ("pageSize", $"Must be between 1 and {MaxPageSize}.")
        : null;

    /// <summary>The page size a query uses: what was asked for, within 1 to <see cref="MaxPageSize"/>.</summary>
    public static int Size(int pageSize) => Math.Clamp(pageSize, 1, MaxPageSize);

    public static long Offset(int page, int pageSize) => ((long)Math.Max(1, page) - 1) * Size(pageSize);
}
