using DexFlow.Contracts.Company;

namespace DexFlow.Api.Company;

/// <summary>A new company profile and why it changes.</summary>
public sealed record PublishCompanyProfileRequest(CompanyProfile? Profile, string? Comment);
