using System.Collections;
using System.Reflection;
using DexFlow.Contracts.Orders;

namespace DexFlow.Grains.Orders;

/// <summary>Names the fields an edit changed, for the audit trail ("specification.quantity, customer.vatId").</summary>
public static class DraftChanges
{
    private static readonly PropertyInfo[] CustomerFields = typeof(CustomerDetails).GetProperties();
    private static readonly PropertyInfo[] SpecificationFields = typeof(PrintSpecification).GetProperties();

    public static IReadOnlyList<string> Between(OrderDraft before, OrderDraft after) =>
        Changed("customer", CustomerFields, before.Customer, after.Customer)
            .Concat(Changed("specification", SpecificationFields, before.Specification, after.Specification))
            .ToArray();

    private static IEnumerable<string> Changed(string prefix, PropertyInfo[] fields, object before, object after) =>
        fields.Where(field => !SameValue(field.GetValue(before), field.GetValue(after)))
            .Select(field => $"{prefix}.{char.ToLowerInvariant(field.Name[0])}{field.Name[1..]}");

    private static bool SameValue(object? before, object? after) => (before, after) switch
    {
        // ImmutableArray compares by reference; lists of names are the same when their items are.
        (IEnumerable left, IEnumerable right) when before is not string => left.Cast<object?>().SequenceEqual(right.Cast<object?>()),
        _ => Equals(before, after),
    };
}
