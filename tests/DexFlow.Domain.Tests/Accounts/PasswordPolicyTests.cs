using DexFlow.Grains.Accounts;

namespace DexFlow.Domain.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    private static readonly string?[] Erin = ["erin.example", "Erin Example", "erin@example.com"];

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("Spindle-Kiosk-Marmalade-41")]
    [InlineData("lichtenberg quarz flugzeug")]
    public void A_long_uncommon_password_is_accepted(string password) =>
        Assert.Null(PasswordPolicy.Problem(password, Erin));

    [Theory]
    [InlineData("password1234")]
    [InlineData("baseball1234")]
    [InlineData("1q2w3e4r5t6y")]
    public void A_password_made_of_breached_passwords_is_refused_whatever_its_length(string password) =>
        Assert.Equal("Made of passwords seen in breaches; choose another.", PasswordPolicy.Problem(password, Erin));

    [Fact]
    public void A_short_password_is_refused_by_its_length()
    {
        Assert.Equal("At least 12 characters.", PasswordPolicy.Problem("T7#kq!Zr", Erin));
        Assert.Equal("At most 128 characters.", PasswordPolicy.Problem(new string('x', 64) + new string('y', 65), Erin));
    }

    [Fact]
    public void A_password_made_of_the_users_own_name_is_refused_though_it_would_pass_for_someone_else()
    {
        const string password = "Erin Example pelican";

        Assert.StartsWith("Too easy to guess", PasswordPolicy.Problem(password, Erin));
        Assert.Null(PasswordPolicy.Problem(password, ["someone.else", "Someone Else"]));
    }
}
