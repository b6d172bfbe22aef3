namespace DexFlow.Contracts.Security;

/// <summary>The roles of domain.md §1. A user may hold several; what they may do and see is the union.</summary>
[Flags]
[GenerateSerializer]
public enum Roles
{
    None = 0,
    Manager = 1 << 0,
    Accountant = 1 << 1,
    QA = 1 << 2,
    Planner = 1 << 3,
    Operator = 1 << 4,
    Clerk = 1 << 5,
    Administrator = 1 << 6,
    Auditor = 1 << 7,
}
