using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;
using IncidentBot.FakeSlack;
using IncidentBot.Tests.Support;
using static IncidentBot.Tests.Support.InteractionPayloads;

namespace IncidentBot.Tests.EndToEnd;

/// <summary>Steps shared by the resolve, post-mortem, action and stats tests.</summary>
internal static class ResolveSteps
{
    /// <summary>Settings for these tests: any free port (never the default 3000, which parallel runs share).</summary>
    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<Incident> DeclareAsync(BotHarness bot, string text = "declare sev1 Checkout is failing", string user = "U1")
    {
        await bot.Requests.CommandAsync(text, user);
        await bot.WaitForIdleAsync();
        var open = await bot.Services.GetRequiredServiceOf<IncidentStore>().ListOpenAsync();
        return open.OrderBy(i => i.Number).Last();
    }

    public static async Task<Incident> ReloadAsync(BotHarness bot, Incident incident) =>
        (await bot.Services.GetRequiredServiceOf<IncidentStore>().GetAsync(incident.Id))!;

    /// <summary><c>/incident resolve</c> in the channel, then submits the modal it opened.</summary>
    public static async Task<SlackAnswer> ResolveAsync(BotHarness bot, Incident incident, string user = "U1",
        string summary = "Rolled back config v2", string rootCause = "A config push disabled the card processor", params string[] options)
    {
        var opened = await bot.Requests.CommandAsync("resolve", user, incident.ChannelId!);
        Assert.That(opened.Body, Is.Empty, "the resolve modal should open: " + opened.Text);
        var view = bot.Slack.State.Views.Last(v => v.CallbackId == "resolve");
        return await SubmitAsync(bot, view, user, summary, rootCause, options.Length == 0 ? ["impact_confirmed", "start_postmortem"] : options);
    }

    public static Task<SlackAnswer> SubmitAsync(BotHarness bot, SlackView view, string user, string summary, string rootCause, string[] options) =>
        bot.Requests.InteractionAsync(ViewSubmission(view, user, Values(
            ("resolution_summary", Text(summary)), ("root_cause", Text(rootCause)), ("resolve_options", Checks(options)))));

    public static IReadOnlyList<SlackFile> FilesIn(BotHarness bot, string channel) =>
        bot.Slack.State.Files.Where(f => f.Completed && f.Channel == channel).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();

    public static string Content(SlackFile file) => System.Text.Encoding.UTF8.GetString(file.Bytes.Span);

    public static async Task<IReadOnlyList<SlackFile>> WaitForFilesAsync(BotHarness bot, string channel, int count)
    {
        await Eventually.TrueAsync(() => FilesIn(bot, channel).Count >= count, TimeSpan.FromSeconds(20), $"{count} post-mortem file(s)");
        await bot.WaitForIdleAsync();
        return FilesIn(bot, channel);
    }

    /// <summary>What the bot told one person privately: ephemerals, and DMs for clicks from outside the channel.</summary>
    public static string NoticesTo(BotHarness bot, string user) => string.Join("\n",
        bot.Slack.State.Ephemerals.Where(e => e.User == user).Select(e => e.Text)
            .Concat(bot.Slack.State.DirectMessages(user).Select(m => m.Text)));

    public static IReadOnlyList<SlackMessage> MessagesContaining(BotHarness bot, string channel, string text) =>
        bot.Slack.State.Messages(channel).Where(m => m.Visible().Contains(text, StringComparison.Ordinal)).ToList();
}
