using DexFlow.Web.Auth;

namespace DexFlow.Web.Tests.Auth;

public sealed class NavigationTests
{
    [Theory]
    [InlineData("Planner", true)]
    [InlineData("Administrator", true)]
    [InlineData("Auditor", true)]
    [InlineData("Operator", false)]
    [InlineData("Manager", false)]
    public void The_planning_board_is_offered_to_planners_and_those_who_look_over_them(string role, bool offered) =>
        Assert.Equal(offered, Navigation.For([role]).Any(entry => entry.Href == "planning"));

    [Fact]
    public void An_operator_is_offered_the_shop_floor_and_no_order_list()
    {
        Assert.Equal(["", "floor", "settings/notifications"], Navigation.For(["Operator"]).Select(entry => entry.Href));
        Assert.DoesNotContain(Navigation.For(["Planner"]), entry => entry.Href == "floor");
    }

    [Theory]
    [InlineData("Accountant", true)]
    [InlineData("Administrator", true)]
    [InlineData("Auditor", true)]
    [InlineData("Manager", false)]
    [InlineData("QA", false)]
    public void Reports_are_offered_to_administrators_auditors_and_accountants(string role, bool offered) =>
        Assert.Equal(offered, Navigation.For([role]).Any(entry => entry.Href == "reports"));

    [Theory]
    [InlineData("Manager", true)]
    [InlineData("Operator", true)]
    [InlineData("QA", true)]
    [InlineData("Auditor", true)]
    [InlineData("Clerk", true)]
    public void The_search_box_is_offered_to_the_roles_that_may_list_orders_or_documents(string role, bool offered) =>
        Assert.Equal(offered, Navigation.CanSearch([role]));
}
