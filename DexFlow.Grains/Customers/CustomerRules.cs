using System.Collections.Immutable;
using DexFlow.Contracts.Customers;
using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Security;
using DexFlow.Grains.Security;
using DexFlow.Grains.Validation;

namespace DexFlow.Grains.Customers;

/// <summary>
/// What a customer must be, and who may change what: managers create customers and edit the ones they serve (all but
/// the terms), accountants edit billing and terms, administrators everything, including who serves a customer.
/// </summary>
public static class CustomerRules
{
    public const Roles Readers = Roles.Manager | Roles.Accountant | Roles.Administrator | Roles.Auditor;
    public const Roles Creators = Roles.Manager | Roles.Administrator;
    public const Roles Editors = Roles.Manager | Roles.Accountant | Roles.Administrator;
    public const int MaxContacts = 20;
    public const int MaxPaymentTermsDays = 365;
    public const decimal MaxCreditLimit = 1_000_000_000m;

    private static readonly ImmutableHashSet<string> Billing = ["billingAddress", "vatId"];
    private static readonly ImmutableHashSet<string> Terms = ["paymentTermsDays", "creditLimit"];
    private static readonly ImmutableHashSet<string> Relationship = ["name", "contacts", "notes"];

    /// <summary>A profile as stored: text trimmed, empty text as none, VAT ids without blanks in capitals, e-mail addresses lower case.</summary>
    public static CustomerProfile Normalized(CustomerProfile profile) => profile with
    {
        Name = profile.Name?.Trim() ?? "",
        BillingAddress = OptionalText.Of(profile.BillingAddress),
        VatId = OptionalText.Of(profile.VatId)?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(),
        Contacts = profile.Contacts.IsDefault ? [] : [.. profile.Contacts.Select(contact => new CustomerContact(
            contact.Name?.Trim() ?? "", OptionalText.Of(contact.Email)?.ToLowerInvariant(), OptionalText.Of(contact.Phone), OptionalText.Of(contact.Role)))],
        ManagerId = profile.ManagerId?.Trim() ?? "",
        Notes = OptionalText.Of(profile.Notes),
    };

    /// <summary>Throws <see cref="ValidationException"/> naming each field that breaks a rule.</summary>
    public static void EnsureValid(string? customerNumber, CustomerProfile profile)
    {
        var errors = new Problems();
        if (customerNumber is not null && (customerNumber.Length is 0 or > 32 || !customerNumber.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.' or '_')))
        {
            errors.Add("customerNumber", "1 to 32 letters, digits, '-', '/', '.' and '_'.");
        }

        errors.Required("name", profile.Name);
        errors.ShortText("name", profile.Name);
        errors.LongText("billingAddress", profile.BillingAddress);
        errors.ShortText("vatId", profile.VatId);
        errors.MaxCount("contacts", profile.Contacts, MaxContacts, "contacts");
        for (var i = 0; i < profile.Contacts.Length; i++)
        {
            var contact = profile.Contacts[i];
            errors.Required($"contacts[{i}].name", contact.Name);
            errors.ShortText($"contacts[{i}].name", contact.Name);
            errors.ShortText($"contacts[{i}].phone", contact.Phone);
            errors.ShortText($"contacts[{i}].role", contact.Role);
            if (contact.Email is { } email && !EmailAddresses.IsValid(email))
            {
                errors.Add($"contacts[{i}].email", "Not an e-mail address.");
            }
        }

        errors.Range("paymentTermsDays", profile.PaymentTermsDays, 0, MaxPaymentTermsDays);
        if (profile.CreditLimit is { } limit && (limit < 0 || limit > MaxCreditLimit || decimal.Round(limit, 2) != limit))
        {
            errors.Add("creditLimit", $"An amount from 0 to {MaxCreditLimit:0} with at most two decimals.");
        }

        errors.Required("managerId", profile.ManagerId);
        errors.LongText("notes", profile.Notes);
        errors.ThrowIfAny();
    }

    /// <summary>A manager creates customers they serve, without terms (the accountants set those); administrators create any.</summary>
    public static void EnsureMayCreate(Caller caller, CustomerProfile profile)
    {
        caller.EnsureRole(Creators, "create customers");
        if (caller.Roles.HasFlag(Roles.Administrator))
        {
            return;
        }

        if (profile.ManagerId != caller.UserId)
        {
            throw new ForbiddenException("create customers served by another manager", "an administrator assigns customers to managers");
        }

        if (profile.PaymentTermsDays is not null || profile.CreditLimit is not null)
        {
            throw new ForbiddenException("set payment terms or a credit limit", "accountants set a customer's terms");
        }
    }

    /// <summary>Throws <see cref="ForbiddenException"/> naming the changed fields that none of the caller's roles may change.</summary>
    public static void EnsureMayChange(Caller caller, CustomerView current, CustomerProfile changed)
    {
        caller.EnsureRole(Editors, "change customers");
        var refused = ChangedFields(current.Profile, changed).Except(MayChange(caller, current)).ToArray();
        if (refused.Length > 0)
        {
            throw new ForbiddenException($"change {string.Join(", ", refused)} of customer {current.CustomerNumber}",
                caller.Roles.HasFlag(Roles.Manager) && current.Profile.ManagerId != caller.UserId && !caller.Roles.HasFlag(Roles.Accountant)
                    ? "another manager serves this customer"
                    : "managers edit the customers they serve, accountants billing and terms, administrators the rest");
        }
    }

    /// <summary>The fields (API names) whose values differ between two profiles.</summary>
    public static IEnumerable<string> ChangedFields(CustomerProfile before, CustomerProfile after)
    {
        if (before.Name != after.Name) yield return "name";
        if (before.BillingAddress != after.BillingAddress) yield return "billingAddress";
        if (before.VatId != after.VatId) yield return "vatId";
        if (!before.Contacts.SequenceEqual(after.Contacts)) yield return "contacts";
        if (before.PaymentTermsDays != after.PaymentTermsDays) yield return "paymentTermsDays";
        if (before.CreditLimit != after.CreditLimit) yield return "creditLimit";
        if (before.ManagerId != after.ManagerId) yield return "managerId";
        if (before.Notes != after.Notes) yield return "notes";
    }

    private static ImmutableHashSet<string> MayChange(Caller caller, CustomerView current)
    {
        if (caller.Roles.HasFlag(Roles.Administrator))
        {
            return [.. Relationship, .. Billing, .. Terms, "managerId"];
        }

        var allowed = ImmutableHashSet<string>.Empty;
        if (caller.Roles.HasFlag(Roles.Accountant))
        {
            allowed = allowed.Union(Billing).Union(Terms);
        }

        if (caller.Roles.HasFlag(Roles.Manager) && current.Profile.ManagerId == caller.UserId)
        {
            allowed = allowed.Union(Relationship).Union(Billing);
        }

        return allowed;
    }
}
