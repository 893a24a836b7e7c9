using System.Net;

namespace IncidentBot.Tests.Web;

/// <summary>
/// A browser without script for the web view: keeps cookies and follows redirects one at a time, between the bot and
/// the fake Slack. The bot's public address (<see cref="PublicHost"/>) stands for the bot, as a proxy in front of it would.
/// </summary>
public sealed class WebBrowser : IDisposable
{
    public const string PublicUrl = "http://web.test/";
    private const string PublicHost = "web.test";
    private readonly Uri _bot;
    private readonly HttpClient _http;

    public WebBrowser(Uri bot)
    {
        _bot = bot;
        Handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        _http = new HttpClient(Handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClientHandler Handler { get; }

    /// <summary>Every address visited by the last <see cref="OpenAsync"/>, in order.</summary>
    public List<Uri> Visited { get; } = [];

    /// <summary>One request, no redirect followed.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(_bot, path));

    public Task<HttpResponseMessage> PostAsync(string path) => _http.PostAsync(new Uri(_bot, path), new FormUrlEncodedContent([]));

    /// <summary>Opens a page and follows redirects to where they end.</summary>
    public async Task<HttpResponseMessage> OpenAsync(string path)
    {
        Visited.Clear();
        var at = new Uri(_bot, path);
        for (var hop = 0; hop < 10; hop++)
        {
            Visited.Add(at);
            var response = await _http.GetAsync(at);
            if ((int)response.StatusCode is < 300 or >= 400)
            {
                return response;
            }

            var next = new Uri(at, response.Headers.Location!);
            at = next.Host == PublicHost ? new Uri(_bot, next.PathAndQuery) : next;
            response.Dispose();
        }

        throw new InvalidOperationException("More than 10 redirects");
    }

    public string? Cookie(string name) => Handler.CookieContainer.GetCookies(_bot)[name]?.Value;

    public void SetCookie(string name, string value) => Handler.CookieContainer.Add(_bot, new Cookie(name, value));

    public void Dispose()
    {
        _http.Dispose();
        Handler.Dispose();
    }
}
