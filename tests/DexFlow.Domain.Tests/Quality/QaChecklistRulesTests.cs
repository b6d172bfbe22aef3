using DexFlow.Contracts.Errors;
using DexFlow.Contracts.Orders;
using DexFlow.Contracts.Orders.Commands;
using DexFlow.Contracts.Quality;
using DexFlow.Grains.Quality;

namespace DexFlow.Domain.Tests.Quality;

public sealed class QaChecklistRulesTests
{
    private static readonly QaChecklist Checklist = new(
    [
        new("bleed", "Bleed of at least 3 mm", Mandatory: true, []),
        new("imposition", "Imposition checked", Mandatory: true, [ProductType.Brochure]),
        new("colours", "Colours match", Mandatory: false, []),
    ]);

    private static ReviewOrder Qa(bool approve, params ChecklistResult[] results) =>
        new(ReviewSide.Qa, approve, []) { Checklist = [.. results] };

    [Fact]
    public void Approval_needs_every_mandatory_item_that_applies_to_the_product_passed()
    {
        var flyer = QaChecklistRules.Answered(Qa(true, new ChecklistResult("bleed", true, null), new ChecklistResult("colours", false, "a little warm")), Checklist, 4, ProductType.Flyer);
        var brochure = Assert.Throws<ValidationException>(() => QaChecklistRules.Answered(Qa(true, new ChecklistResult("bleed", true, null)), Checklist, 4, ProductType.Brochure));
        var failedBleed = Assert.Throws<ValidationException>(() => QaChecklistRules.Answered(Qa(true, new ChecklistResult("bleed", false, null)), Checklist, 4, ProductType.Flyer));

        Assert.Equal((4, 2), (flyer.ChecklistVersion, flyer.Checklist.Length));
        Assert.Contains("imposition", brochure.Errors["checklist"][0]);
        Assert.Contains("bleed", failedBleed.Errors["checklist"][0]);
    }

    [Fact]
    public void A_rejection_names_each_failed_item_with_its_note_among_its_reasons()
    {
        var rejected = QaChecklistRules.Answered(new ReviewOrder(ReviewSide.Qa, false, ["Call the customer"])
        {
            Checklist = [new("bleed", false, " 1 mm only "), new("colours", true, null)],
        }, Checklist, 2, ProductType.Flyer);

        Assert.Equal(new[] { "Call the customer", "Failed: Bleed of at least 3 mm (1 mm only)" }, rejected.Reasons);
        Assert.Equal("1 mm only", rejected.Checklist[0].Note);
    }

    [Fact]
    public void Results_for_unknown_inapplicable_or_repeated_items_and_accounting_results_are_refused()
    {
        var errors = Assert.Throws<ValidationException>(() => QaChecklistRules.Answered(
            Qa(false, new ChecklistResult("nope", false, null), new ChecklistResult("imposition", false, null), new ChecklistResult("bleed", false, null), new ChecklistResult("bleed", true, null)), Checklist, 1, ProductType.Flyer));
        var accounting = Assert.Throws<ValidationException>(() => QaChecklistRules.Answered(
            new ReviewOrder(ReviewSide.Accounting, true, []) { Checklist = [new("bleed", true, null)] }, Checklist, 1, ProductType.Flyer));

        Assert.Equal(["checklist[0].itemId", "checklist[1].itemId", "checklist[3].itemId"], errors.Errors.Keys.Order());
        Assert.Equal(["checklist"], accounting.Errors.Keys);
    }

    [Fact]
    public void A_checklist_needs_unique_well_formed_ids_and_texts()
    {
        var errors = Assert.Throws<ValidationException>(() => QaChecklistRules.EnsureValid(new QaChecklist(
        [
            new("bleed", "Bleed", true, []), new("bleed", "Again", false, []), new("Not OK", "", false, [(ProductType)99]),
        ])));

        QaChecklistRules.EnsureValid(Checklist);
        Assert.Equal(["items[1].id", "items[2].id", "items[2].productTypes", "items[2].text"], errors.Errors.Keys.Order());
    }
}
