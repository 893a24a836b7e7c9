using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IncidentBot.FakeSlack;

/// <summary>
/// A stateful fake of Slack's Web API on a loopback Kestrel port, for end-to-end tests of the real bot over HTTP.
/// Methods are <c>POST {BaseUrl}{method}</c>; see <see cref="State"/>, <see cref="Calls"/> and <see cref="Faults"/>.
/// </summary>
public sealed partial class FakeSlackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeSlackOptions _options;
    private readonly CallLog _calls = new();
    private readonly TriggerRegistry _triggers;
    private readonly ResponseUrlEndpoint _responseUrls;
    private readonly SlackIds _ids;
    private readonly RateLimiter _limits;
    private long _latencyTicks;

    private FakeSlackServer(WebApplication app, FakeSlackOptions options)
    {
        _app = app;
        _options = options;
        _ids = new SlackIds(options.TimeProvider);
        _triggers = new TriggerRegistry(options.TimeProvider);
        _responseUrls = new ResponseUrlEndpoint(options.TimeProvider);
        var tickets = new SocketTickets();
        SocketMode = new FakeSocketMode(tickets, NewResponseUrl, IssueTriggerId);
        var context = new ApiContext(State, options, _ids, _triggers, tickets, () => RootUrl, OpenId);
        _limits = new RateLimiter(options.TimeProvider, options.EnforceTierLimits);
        var api = new ApiEndpoint(context, new MethodTable(), Faults, _limits, _calls, () => Latency);
        var router = new Router(api, new UploadEndpoint(State), _responseUrls, SocketMode, new OpenIdAuthorizeEndpoint(OpenId));
        _app.UseWebSockets();
        _app.Run(router.RouteAsync);
        AddUser(options.BotUserId, "incidentbot", "IncidentBot", "UTC", isBot: true);
    }

    public Uri BaseUrl => new(RootUrl, "api/");

    public Uri RootUrl { get; private set; } = new("http://127.0.0.1/");

    public string BotToken => _options.BotToken;

    /// <summary>The app-level token (<c>xapp-</c>) that <c>apps.connections.open</c> accepts.</summary>
    public string AppToken => _options.AppToken;

    public string BotUserId => _options.BotUserId;

    public FakeSlackState State { get; } = new();

    public FaultInjector Faults { get; } = new();

    /// <summary>Sign in with Slack: the app's client credentials and who approves the next authorization.</summary>
    public FakeOpenId OpenId { get; } = new();

    /// <summary>The Socket Mode WebSocket side: envelopes, acks, refreshes and drops.</summary>
    public FakeSocketMode SocketMode { get; }

    /// <summary>Every Web API call so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<RecordedCall> Calls => _calls.Snapshot();

    /// <summary>Wall-clock delay added to every Web API call.</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set => Interlocked.Exchange(ref _latencyTicks, value.Ticks);
    }

    /// <summary>Starts a server on <c>http://127.0.0.1:0</c> (a free port).</summary>
    public static async Task<FakeSlackServer> StartAsync(FakeSlackOptions? options = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FakeSlackServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var server = new FakeSlackServer(builder.Build(), options ?? new FakeSlackOptions());
        await server._app.StartAsync(ct);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.RootUrl = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority) + "/");
        return server;
    }

    public IReadOnlyList<RecordedCall> CallsTo(string method) => _calls.To(method);

    /// <summary>
    /// With <see cref="FakeSlackOptions.EnforceTierLimits"/>: the method of every call that came before the
    /// <c>Retry-After</c> its method was last answered with had passed. Empty when the client waited as told.
    /// </summary>
    public IReadOnlyList<EarlyCall> EarlyCalls => _limits.Early;

    /// <summary>A trigger ID for views.open, valid for 3 s (per TimeProvider) and usable once.</summary>
    public string IssueTriggerId() => _triggers.Issue(null);

    /// <summary>A trigger ID tied to the user who clicked; the opened view records that user.</summary>
    public string IssueTriggerId(string userId) => _triggers.Issue(userId);

    /// <summary>A fresh <c>{RootUrl}response/{guid}</c> accepting 5 POSTs within 30 minutes.</summary>
    public Uri NewResponseUrl() => new(RootUrl, $"response/{_responseUrls.Issue()}");

    public IReadOnlyList<ResponseUrlPost> ResponseUrlPosts(Uri responseUrl)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var last = responseUrl.Segments[^1];
        return Guid.TryParse(last, out var id) ? _responseUrls.Posts(id) : [];
    }

    public void AddUser(string id, string name, string? realName = null, string tz = "Europe/London", bool isBot = false, string? locale = null,
        string? email = null)
    {
        lock (State.Gate)
        {
            State.UsersById[id] = new SlackUser(id, name, realName ?? name, tz, isBot, locale, email);
        }
    }

    /// <summary>Adds a user group (<c>S…</c>) with the given members, as <c>usergroups.users.list</c> lists them.</summary>
    public void AddUserGroup(string id, params string[] members)
    {
        lock (State.Gate)
        {
            State.UserGroupsById[id] = [.. members.Distinct(StringComparer.Ordinal)];
        }
    }

    /// <summary>Adds a pre-existing channel (e.g. the feed channel) with the given members.</summary>
    public void AddChannel(string id, string name, bool isPrivate = false, params string[] members)
    {
        lock (State.Gate)
        {
            State.PutChannel(new SlackChannel(
                id, name, isPrivate, BotUserId, _ids.UnixSeconds(), SlackChannelText.Empty, SlackChannelText.Empty,
                [.. members.Distinct(StringComparer.Ordinal)], IsArchived: false));
        }
    }

    /// <summary>
    /// Fills the workspace with <paramref name="count"/> public channels (<c>{prefix}1</c>, <c>{prefix}2</c>, …) made by
    /// someone else, as a large workspace has; <c>conversations.list</c> pages through them.
    /// </summary>
    public void AddChannels(int count, string prefix = "team-", string creator = "UOTHER")
    {
        lock (State.Gate)
        {
            for (var i = 1; i <= count; i++)
            {
                State.PutChannel(new SlackChannel(
                    _ids.Next('C'), prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), false, creator,
                    _ids.UnixSeconds(), SlackChannelText.Empty, SlackChannelText.Empty, [creator], IsArchived: false));
            }
        }
    }

    /// <summary>Adds a message from a (human) user, as if typed in Slack; returns its ts.</summary>
    public string AddUserMessage(string channel, string userId, string text, string? threadTs = null)
    {
        lock (State.Gate)
        {
            var ts = _ids.NextTs();
            State.AppendMessage(new SlackMessage(channel, ts, userId, null, text, null, threadTs, null, null, [], [], []));
            return ts;
        }
    }

    /// <summary>Polls every 10 ms until the condition holds; throws <see cref="TimeoutException"/> after the wall-clock timeout.</summary>
    public async Task WaitForAsync(Func<FakeSlackServer, bool> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var watch = Stopwatch.StartNew();
        while (!condition(this))
        {
            if (watch.Elapsed > timeout)
            {
                var recent = string.Join(", ", Calls.TakeLast(10).Select(c => $"{c.Method}→{c.HttpStatus}{(c.Error is null ? string.Empty : ":" + c.Error)}"));
                throw new TimeoutException($"FakeSlack condition not met within {timeout.TotalMilliseconds:0} ms. {Calls.Count} call(s) so far; last: [{recent}]");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Stops Kestrel and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await SocketMode.DropAllAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
