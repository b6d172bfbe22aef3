using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DexFlow.Testing;
using static DexFlow.Testing.DexFlowHttpClient;

namespace DexFlow.Api.Tests;

/// <summary>Administrators run the shop's people through the API; changes reach the users' tokens within a minute.</summary>
[Collection(ApiCollection.Name)]
public sealed class UserAdministrationTests(ApiFixture fixture)
{
    private const string StrongPassword = "violet harbour lantern 73";

    private HttpClient Anonymous => new() { BaseAddress = fixture.Api.Address };

    [Fact]
    public async Task An_administrator_creates_a_user_who_signs_in_with_the_details_given()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var name = Unique("erin");

        var created = await Json(await admin.Post("/api/users", NewUser(name, ["Manager", "Accountant"])), HttpStatusCode.Created);
        var (signedIn, tokens) = await SignIn(name, StrongPassword);
        var me = await signedIn.GetJson("/api/me");

        Assert.Equal((name, "Erin Example", "erin@example.com", true), (created["userName"]!.GetValue<string>(), created["displayName"]!.GetValue<string>(),
            created["email"]!.GetValue<string>(), created["active"]!.GetValue<bool>()));
        Assert.Equal(["Manager", "Accountant"], me["roles"]!.AsArray().Select(role => role!.GetValue<string>()));
        Assert.Equal(300, tokens["expiresIn"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(tokens["refreshToken"]!.GetValue<string>()));
        Assert.DoesNotContain("password", created.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Users_are_read_by_administrators_and_auditors_and_changed_only_by_administrators()
    {
        var auditor = await LogIn(fixture.Api.Address, "auditor");
        var manager = await LogIn(fixture.Api.Address, "manager");

        var list = await auditor.GetJson("/api/users?role=Operator");
        var refused = await auditor.Post("/api/users", NewUser(Unique("ivy"), ["Clerk"]));
        var hidden = await manager.Get("/api/users");

        Assert.Contains(list["items"]!.AsArray(), user => user!["userName"]!.GetValue<string>() == "operator");
        Assert.All(list["items"]!.AsArray(), user => Assert.Contains("Operator", user!["roles"]!.AsArray().Select(role => role!.GetValue<string>())));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);
    }

    [Theory]
    [InlineData("short1", "At least 12 characters.")]
    [InlineData("qwertyuiop123456", "breaches")]
    [InlineData("ErinExample2026", "guess")]
    public async Task Weak_passwords_and_taken_names_are_refused_with_the_field_named(string password, string problem)
    {
        var admin = await LogIn(fixture.Api.Address, "admin");

        var weak = await Json(await admin.Post("/api/users", NewUser(Unique("weak"), ["Clerk"], password)), HttpStatusCode.BadRequest);
        var taken = await Json(await admin.Post("/api/users", NewUser("manager", ["Clerk"])), HttpStatusCode.Conflict);
        var badFields = await Json(await admin.Post("/api/users", new
        {
            userName = "Not A Name!", displayName = "", email = "nope", roles = new[] { "Wizard" }, resources = new[] { "no-such-press" }, language = "fr", password = StrongPassword,
        }), HttpStatusCode.BadRequest);

        Assert.Contains(problem, weak["errors"]!["password"]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("urn:dexflow:problem:already-exists", taken["type"]!.GetValue<string>());
        Assert.Equal(["roles"], badFields["errors"]!.AsObject().Select(field => field.Key)); // roles are checked before anything is sent on
        var fields = await Json(await admin.Post("/api/users", new
        {
            userName = "Not A Name!", displayName = "", email = "nope", roles = new[] { "Clerk" }, resources = new[] { "no-such-press" }, language = "fr", password = StrongPassword,
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["displayName", "email", "language", "resources", "userName"], fields["errors"]!.AsObject().Select(field => field.Key).Order());
    }

    [Fact]
    public async Task A_disabled_or_re_roled_user_loses_their_old_access_within_a_minute_and_renewal_gives_the_new_roles()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var (kept, renamed) = (Unique("kim"), Unique("ray"));
        await Json(await admin.Post("/api/users", NewUser(kept, ["Accountant"])), HttpStatusCode.Created);
        await Json(await admin.Post("/api/users", NewUser(renamed, ["Accountant"])), HttpStatusCode.Created);
        var (disabledUser, disabledTokens) = await SignIn(kept, StrongPassword);
        var (reroledUser, reroledTokens) = await SignIn(renamed, StrongPassword);

        await Json(await admin.Post($"/api/users/{kept}/disable"), HttpStatusCode.OK);
        var etag = (await admin.Get($"/api/users/{renamed}")).Headers.ETag!.Tag;
        await Json(await admin.Put($"/api/users/{renamed}", new { displayName = "Ray Example", roles = new[] { "QA" } }, ("If-Match", etag)), HttpStatusCode.OK);

        // Both old tokens stop working on the next read of the users' security versions (every 15 s by default).
        await Eventually.Get(() => disabledUser.Get("/api/me"), response => response.StatusCode == HttpStatusCode.Unauthorized, "the disabled user's token to be refused", TimeSpan.FromSeconds(60));
        await Eventually.Get(() => reroledUser.Get("/api/me"), response => response.StatusCode == HttpStatusCode.Unauthorized, "the re-roled user's token to be refused", TimeSpan.FromSeconds(60));
        var refusedRenewal = await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = disabledTokens["refreshToken"]!.GetValue<string>() });
        var renewed = await Json(await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = reroledTokens["refreshToken"]!.GetValue<string>() }), HttpStatusCode.OK);
        var signIn = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = kept, password = StrongPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, refusedRenewal.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal(["QA"], renewed["roles"]!.AsArray().Select(role => role!.GetValue<string>()));
        var me = await Json(await WithToken(renewed["accessToken"]!.GetValue<string>()).GetAsync("/api/me"), HttpStatusCode.OK);
        Assert.Equal(["QA"], me["roles"]!.AsArray().Select(role => role!.GetValue<string>()));
    }

    [Fact]
    public async Task Updates_need_the_current_etag()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var name = Unique("uma");
        var created = await admin.Post("/api/users", NewUser(name, ["Clerk"]));
        var etag = created.Headers.ETag!.Tag;
        var change = new { displayName = "Uma Example", roles = new[] { "Clerk", "Planner" } };

        var missing = await admin.Put($"/api/users/{name}", change);
        var first = await admin.Put($"/api/users/{name}", change, ("If-Match", etag));
        var stale = await admin.Put($"/api/users/{name}", change, ("If-Match", etag));

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_its_reuse_ends_the_session()
    {
        var name = Unique("rae");
        await Json(await (await LogIn(fixture.Api.Address, "admin")).Post("/api/users", NewUser(name, ["Clerk"])), HttpStatusCode.Created);
        var (_, tokens) = await SignIn(name, StrongPassword);
        var first = tokens["refreshToken"]!.GetValue<string>();

        var renewed = await Json(await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first }), HttpStatusCode.OK);
        var replayed = await Json(await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = first }), HttpStatusCode.Unauthorized);
        var next = await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = renewed["refreshToken"]!.GetValue<string>() });

        Assert.NotEqual(first, renewed["refreshToken"]!.GetValue<string>());
        Assert.Equal("urn:dexflow:problem:invalid-refresh-token", replayed["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode); // the copy was used: nobody goes on with this session
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (_, tokens) = await SignIn("clerk", "dexflow-demo");
        var refreshToken = tokens["refreshToken"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NoContent, (await Anonymous.PostAsJsonAsync("/api/auth/sign-out", new { refreshToken })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken })).StatusCode);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_ends_the_users_sessions()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var name = Unique("pia");
        await Json(await admin.Post("/api/users", NewUser(name, ["Clerk"])), HttpStatusCode.Created);
        var (_, before) = await SignIn(name, StrongPassword);

        var reset = await admin.Post($"/api/users/{name}/reset-password");
        var generated = (await Json(reset, HttpStatusCode.OK))["generatedPassword"]!.GetValue<string>();

        Assert.Equal("no-store", reset.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = StrongPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = before["refreshToken"]!.GetValue<string>() })).StatusCode);
        await SignIn(name, generated);
    }

    [Fact]
    public async Task A_user_changes_their_own_password_and_keeps_only_the_session_they_changed_it_in()
    {
        var name = Unique("liv");
        await Json(await (await LogIn(fixture.Api.Address, "admin")).Post("/api/users", NewUser(name, ["Planner"])), HttpStatusCode.Created);
        var (user, here) = await SignIn(name, StrongPassword);
        var (_, elsewhere) = await SignIn(name, StrongPassword);
        const string newPassword = "marble orchard tundra 19";

        var wrong = await Json(await user.Post("/api/me/password", new { currentPassword = "not it at all", newPassword }), HttpStatusCode.BadRequest);
        var changed = await user.Post("/api/me/password", new { currentPassword = StrongPassword, newPassword, refreshToken = here["refreshToken"]!.GetValue<string>() });

        Assert.True(wrong["errors"]!.AsObject().ContainsKey("currentPassword"));
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = here["refreshToken"]!.GetValue<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = elsewhere["refreshToken"]!.GetValue<string>() })).StatusCode);
        await SignIn(name, newPassword);
    }

    [Fact]
    public async Task Every_change_to_a_user_is_audited_with_who_and_what_but_never_a_password()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var name = Unique("ada");
        var created = await admin.Post("/api/users", NewUser(name, ["Clerk"]));
        await Json(await admin.Put($"/api/users/{name}", new { displayName = "Ada Example", email = "ada@example.com", roles = new[] { "Clerk", "Auditor" } },
            ("If-Match", created.Headers.ETag!.Tag)), HttpStatusCode.OK);
        await Json(await admin.Post($"/api/users/{name}/reset-password", new { password = "quiet meadow falcon 88" }), HttpStatusCode.OK);
        await Json(await admin.Post($"/api/users/{name}/disable"), HttpStatusCode.OK);

        var audit = await (await LogIn(fixture.Api.Address, "auditor")).GetJson($"/api/users/{name}/audit");
        var entries = audit["entries"]!.AsArray().Select(entry => entry!.AsObject()).ToArray();

        Assert.Equal(["Disabled", "PasswordReset", "Updated", "Created"], entries.Select(entry => entry["action"]!.GetValue<string>()));
        Assert.All(entries, entry => Assert.Equal("admin", entry["actorId"]!.GetValue<string>()));
        Assert.Equal(("Clerk", "Clerk, Auditor"), (entries[2]["changes"]!["roles"]!["before"]!.GetValue<string>(), entries[2]["changes"]!["roles"]!["after"]!.GetValue<string>()));
        Assert.True(entries[1]["changes"]!.AsObject().ContainsKey("password"));
        Assert.DoesNotContain("quiet meadow", audit.ToJsonString());
        Assert.DoesNotContain(StrongPassword, audit.ToJsonString());
    }

    [Fact]
    public async Task The_user_audit_cannot_be_changed_or_deleted()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var name = Unique("ada");
        await Json(await admin.Post("/api/users", NewUser(name, ["Clerk"])), HttpStatusCode.Created);

        var update = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => fixture.Database.Scalar<long>(
            "WITH changed AS (UPDATE dexflow.user_audit SET actor_id = 'someone' WHERE user_id = @name RETURNING 1) SELECT count(*) FROM changed", ("name", name)));
        var delete = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => fixture.Database.Scalar<long>(
            "WITH gone AS (DELETE FROM dexflow.user_audit WHERE user_id = @name RETURNING 1) SELECT count(*) FROM gone", ("name", name)));

        Assert.Equal("dexflow.user_audit is append-only", update.MessageText);
        Assert.Equal("dexflow.user_audit is append-only", delete.MessageText);
    }

    [Fact]
    public async Task An_administrator_can_neither_disable_themselves_nor_drop_their_own_administrator_role()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var etag = (await admin.Get("/api/users/admin")).Headers.ETag!.Tag;

        var disable = await admin.Post("/api/users/admin/disable");
        var demote = await admin.Put("/api/users/admin", new { displayName = "Ada Administrator", roles = new[] { "Auditor" } }, ("If-Match", etag));

        Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, demote.StatusCode);
    }

    [Fact]
    public async Task Wrong_current_passwords_lock_the_name_like_failed_sign_ins_so_a_stolen_token_cannot_guess_the_password()
    {
        var admin = await LogIn(fixture.Api.Address, "admin");
        var name = Unique("gus");
        await Json(await admin.Post("/api/users", NewUser(name, ["Clerk"])), HttpStatusCode.Created);
        var (user, _) = await SignIn(name, StrongPassword);

        var guesses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 10; guess++)
        {
            guesses.Add((await user.Post("/api/me/password", new { currentPassword = $"wrong guess {guess}", newPassword = "amber quarry lighthouse 58" })).StatusCode);
        }

        var right = await user.Post("/api/me/password", new { currentPassword = StrongPassword, newPassword = "amber quarry lighthouse 58" });
        var signIn = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = StrongPassword });

        // The default lockout: the tenth failure in a row locks the name for everyone, sign-ins included.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 9), HttpStatusCode.TooManyRequests], guesses);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.NotNull(right.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, signIn.StatusCode);
    }

    private static object NewUser(string name, string[] roles, string password = StrongPassword) => new
    {
        userName = name,
        displayName = "Erin Example",
        email = "erin@example.com",
        roles,
        language = "de",
        password,
    };

    /// <summary>Signs in with a password; the client carries the access token, the JSON has the refresh token.</summary>
    private async Task<(DexFlowHttpClient Client, JsonObject Tokens)> SignIn(string userName, string password)
    {
        var tokens = await Json(await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password }), HttpStatusCode.OK);
        return (new DexFlowHttpClient(WithToken(tokens["accessToken"]!.GetValue<string>())), tokens);
    }

    private HttpClient WithToken(string token)
    {
        var http = Anonymous;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];
}
