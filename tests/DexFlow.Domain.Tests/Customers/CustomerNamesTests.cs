using DexFlow.Grains.Customers;

namespace DexFlow.Domain.Tests.Customers;

public sealed class CustomerNamesTests
{
    [Theory]
    [InlineData("ACME Print GmbH & Co. KG", "acme print")]
    [InlineData("  acme-print gmbh ", "acme print")]
    [InlineData("Müller Druck e.K.", "muller druck")]
    [InlineData("Harbor & Finch Architects", "harbor finch architects")]
    [InlineData("Stampa Veloce S.r.l.", "stampa veloce")]
    [InlineData("De Drukkerij B.V.", "de drukkerij")]
    [InlineData("SA Print Works", "sa print works")]
    [InlineData("GmbH", "gmbh")]
    public void Names_fold_case_accents_punctuation_and_trailing_legal_forms(string name, string key) =>
        Assert.Equal(key, CustomerNames.MatchKey(name));

    [Fact]
    public void Similarity_is_one_for_the_same_name_high_for_a_misreading_and_low_for_another_name()
    {
        var same = CustomerNames.Similarity("acme print", CustomerNames.MatchKey("Acme Print GmbH"));
        var misread = CustomerNames.Similarity(CustomerNames.MatchKey("Greenleaf 0rganics AG"), "greenleaf organics");
        var other = CustomerNames.Similarity("greenleaf organics", "harbor finch architects");

        Assert.Equal(1.0, same);
        Assert.InRange(misread, 0.85, 0.99);
        Assert.InRange(other, 0, 0.2);
    }
}
