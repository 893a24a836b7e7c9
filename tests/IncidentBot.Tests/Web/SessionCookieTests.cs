using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using IncidentBot.Web;

namespace IncidentBot.Tests.Web;

/// <summary>The web view's signed cookies: each read only as what it was signed for, and a session only with a user and workspace.</summary>
[TestFixture]
public sealed class SessionCookieTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Session_SignedSession_ReadsBack()
    {
        var cookies = CreateSut();

        var session = cookies.Session(Request(SessionCookie.SessionName, cookies.SignSession(Session("U1", "T0001"))));

        Assert.That(session?.UserId, Is.EqualTo("U1"));
    }

    [TestCase("", "T0001")]
    [TestCase("U1", "")]
    public void Session_WithoutUserOrWorkspace_ReadsAsNobody(string user, string team)
    {
        var cookies = CreateSut();

        Assert.That(cookies.Session(Request(SessionCookie.SessionName, cookies.SignSession(Session(user, team)))), Is.Null);
    }

    [Test]
    public void Cookie_SignedForOnePurpose_NotReadAsTheOther()
    {
        var cookies = CreateSut();
        var signIn = cookies.SignSignIn(new SignInState("state", "nonce", "/incidents", Now.AddMinutes(10)));

        Assert.Multiple(() =>
        {
            Assert.That(cookies.Session(Request(SessionCookie.SessionName, signIn)), Is.Null, "a sign-in cookie is no session");
            Assert.That(cookies.SignIn(Request(SessionCookie.SignInName, cookies.SignSession(Session("U1", "T0001")))), Is.Null, "nor a session a sign-in");
            Assert.That(cookies.SignIn(Request(SessionCookie.SignInName, signIn))?.State, Is.EqualTo("state"));
        });
    }

    private static SessionCookie CreateSut() =>
        new(new WebSettings("client", "secret", new Uri("https://incidents.example.com/")), new FakeTimeProvider(Now));

    private static WebSession Session(string user, string team) => new(user, team, "Alice", "UTC", "en", Now.AddHours(1));

    private static HttpRequest Request(string name, string value)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = $"{name}={value}";
        return http.Request;
    }
}
