using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DexFlow.Contracts.Accounts;
using DexFlow.Contracts.Customers;
using DexFlow.Contracts.Security;
using Npgsql;
using NpgsqlTypes;

namespace DexFlow.Grains.Customers;

/// <summary>The append-only audit of changes to customers in <c>dexflow.customer_audit</c>.</summary>
public static class CustomerAuditLog
{
    /// <summary>The entry as a statement, so that it commits together with the change it records.</summary>
    public static NpgsqlBatchCommand Entry(Caller actor, string customerId, CustomerAction action, ImmutableDictionary<string, FieldChange> changes)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO dexflow.customer_audit (at, actor_id, actor_name, customer_id, action, changes)
            VALUES (now(), @actor_id, @actor_name, @customer_id, @action, @changes)
            """);
        command.Parameters.AddWithValue("actor_id", actor.UserId);
        command.Parameters.AddWithValue("actor_name", actor.DisplayName);
        command.Parameters.AddWithValue("customer_id", customerId);
        command.Parameters.AddWithValue("action", action.ToString());
        command.Parameters.Add(new NpgsqlParameter("changes", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(changes, JsonSerializerOptions.Web) });
        return command;
    }

    /// <summary>The fields that differ between <paramref name="before"/> (null for a new customer) and <paramref name="after"/>, as text.</summary>
    public static ImmutableDictionary<string, FieldChange> Changes(CustomerProfile? before, CustomerProfile after)
    {
        var changes = ImmutableDictionary.CreateBuilder<string, FieldChange>();
        void Compare(string field, Func<CustomerProfile, string?> value)
        {
            var (old, now) = (before is null ? null : value(before), value(after));
            if (old != now)
            {
                changes[field] = new FieldChange(old, now);
            }
        }

        Compare("name", profile => profile.Name);
        Compare("billingAddress", profile => profile.BillingAddress);
        Compare("vatId", profile => profile.VatId);
        Compare("contacts", profile => profile.Contacts.IsDefaultOrEmpty ? null : JsonSerializer.Serialize(profile.Contacts, JsonSerializerOptions.Web));
        Compare("paymentTermsDays", profile => profile.PaymentTermsDays?.ToString(CultureInfo.InvariantCulture));
        Compare("creditLimit", profile => profile.CreditLimit?.ToString("0.00", CultureInfo.InvariantCulture));
        Compare("managerId", profile => profile.ManagerId);
        Compare("notes", profile => profile.Notes);
        return changes.ToImmutable();
    }
}
