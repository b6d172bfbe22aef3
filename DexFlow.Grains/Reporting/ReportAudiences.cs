using DexFlow.Contracts.Security;

namespace DexFlow.Grains.Reporting;

/// <summary>domain.md §6: administrators and auditors run every report; accountants the financial ones.</summary>
public static class ReportAudiences
{
    public const Roles Oversight = Roles.Administrator | Roles.Auditor;

    public const Roles Financial = Oversight | Roles.Accountant;
}
