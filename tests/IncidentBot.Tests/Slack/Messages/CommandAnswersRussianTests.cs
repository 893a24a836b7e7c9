using System.Text.RegularExpressions;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>
/// The immediate answers to <c>/incident</c> in Russian: the practice's words, Russian plurals and durations, and no
/// English left outside code spans, Slack tokens and references.
/// </summary>
public sealed partial class CommandAnswersRussianTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly SeverityLadder Ladder = SeverityLadder.From(new IncidentBotOptions());
    private static readonly Words Ru = Words.Russian;

    [TestCase(1, "Вы объявили 1 инцидент за последние 10 мин")]
    [TestCase(3, "Вы объявили 3 инцидента за последние 10 мин")]
    [TestCase(5, "Вы объявили 5 инцидентов за последние 10 мин")]
    [TestCase(21, "Вы объявили 21 инцидент за последние 10 мин")]
    public void Pace_Declare_CountsInRussian(int count, string expected)
    {
        var refusal = new PaceRefusal(PacedAction.Declare, count, TimeSpan.FromMinutes(10), At, TimeSpan.FromMinutes(64.5));

        var answer = PaceAnswers.Answer(Ru, refusal);

        Assert.That(answer, Does.StartWith(expected + " — это предел для одного человека"));
        Assert.That(answer, Does.EndWith("Обратитесь к администратору или повторите через 1 ч 5 мин (в <!date^1795165200^{time}|09:00 UTC>)."));
        Assert.That(PaceAnswers.Plain(Ru, refusal), Does.EndWith("повторите через 1 ч 5 мин.").And.Not.Contain("<!date"));
    }

    [TestCase(1, "Вы запросили 1 пересборку пост-мортема за последние 1 ч")]
    [TestCase(2, "Вы запросили 2 пересборки пост-мортема за последние 1 ч")]
    [TestCase(11, "Вы запросили 11 пересборок пост-мортема за последние 1 ч")]
    public void Pace_Recompile_CountsInRussian(int count, string expected)
    {
        var refusal = new PaceRefusal(PacedAction.Recompile, count, TimeSpan.FromHours(1), At, TimeSpan.FromSeconds(40));

        Assert.That(PaceAnswers.Plain(Ru, refusal), Is.EqualTo(expected + " — это предел для одного человека. Повторите через 40 с."));
    }

    [Test]
    public void Pace_English_IsAsBefore() =>
        Assert.That(PaceAnswers.Plain(Words.English, new PaceRefusal(PacedAction.Recompile, 1, TimeSpan.FromMinutes(10), At, TimeSpan.FromMinutes(3))),
            Is.EqualTo("You have asked for 1 post-mortem recompile in the last 10 min, as many as one person may. Try again in 3 min."));

    [Test]
    public void SeverityKeys_JoinWithTheLanguagesOr()
    {
        Assert.That(Ladder.DescribeKeys(Ru), Is.EqualTo("sev0, sev1, sev2 или sev3"));
        Assert.That(Ladder.DescribeKeys(Words.English), Is.EqualTo("sev0, sev1, sev2 or sev3"));
    }

    [Test]
    public void NeedsIncidentChannel_ManyOpen_NamesTenAndHowManyMore()
    {
        var open = Enumerable.Range(1, 13).Select(n => Incident(n)).ToList();

        var answer = CommandAnswers.NeedsIncidentChannel(Ru, "note", open).Text!;

        Assert.That(answer, Does.StartWith("`/incident note` работает только в канале инцидента. Открытые инциденты: INC-1 <#C1>, INC-2 <#C2>")
            .And.EndWith("INC-10 <#C10> и ещё 3 (`/incident list`)."));
        Assert.That(CommandAnswers.NeedsIncidentChannel(Ru, "note", []).Text, Does.EndWith("Открытых инцидентов нет."));
    }

    [Test]
    public void Help_Usage_EscapesAngleBracketsForSlack()
    {
        var help = CommandAnswers.HelpText(Ru, [new Named("rename", true), new Named("action", true)]);

        Assert.That(help, Does.Contain("`/incident rename &lt;название&gt;` — переименовать инцидент")
            .And.Contain("`/incident action &lt;текст&gt; [@ответственный]"));
        Assert.That(CommandAnswers.HelpText(Words.English, [new Named("rename", true)]), Does.Contain("`/incident rename &lt;title&gt;`"));
    }

    [Test]
    public void Refused_EachAction_PutsTheIncidentWhereRussianDoes()
    {
        var decision = new PermissionDecision(false, "U1", ["U9"]);
        var incident = Incident(3);

        Assert.That(ResolutionAnswers.Refused(Ru, decision, IncidentAction.Resolve, incident),
            Is.EqualTo("Только командир инцидента (<@U1>) или администратор (<@U9>) может закрыть INC-3 как решённый."));
        Assert.That(ResolutionAnswers.Refused(Ru, decision with { Commander = null, Admins = [] }, IncidentAction.Reopen, incident),
            Is.EqualTo("Только командир инцидента может переоткрыть INC-3."));
        Assert.That(ResolutionAnswers.Refused(Words.English, decision, IncidentAction.CompleteReview, incident),
            Is.EqualTo("Only the Incident Commander (<@U1>) or an admin (<@U9>) can mark the post-mortem review complete for INC-3."));
    }

    [Test]
    public void StatsTitle_OneDay_SaysDayInBothLanguages()
    {
        var report = new StatsReport(1, [], new SeverityStats("all", 1, 0, 1, null, null, null), new Ratio(0, 0), new Ratio(0, 0), new Ratio(0, 0));

        Assert.That(StatsMessage.Build(Ru, report).Text, Is.EqualTo("За 1 день — 1 инцидент"));
        Assert.That(StatsMessage.Build(Words.English, report).Text, Is.EqualTo("Incidents in the last 1 day: 1"));
    }

    [Test]
    public void EveryAnswer_Russian_LeavesNoEnglish()
    {
        var shown = RussianAnswers().ToList();

        var english = shown.SelectMany(t => EnglishWords(t).Select(w => $"\"{w}\" in {t}")).ToList();

        Assert.That(shown, Has.Count.GreaterThan(40));
        Assert.That(english, Is.Empty, string.Join("\n", english));
    }

    private static IEnumerable<string> RussianAnswers()
    {
        var incident = Incident(3);
        var severity = Ladder.Get("sev1");
        var update = new StatusUpdate { IncidentId = 1, Number = 2, SeverityKey = "sev1", Status = IncidentStatus.Monitoring,
            PreviousStatus = IncidentStatus.Investigating, Summary = "Откатили", PostedBy = "U1", PostedAt = At };
        var decision = new PermissionDecision(false, "U1", ["U9"]);
        var related = new PossiblyRelatedIncident(2, "Оплата", "C2", false);
        yield return CommandAnswers.Unknown(Ru, "обнвить", "обновить", [new Named("update", true)]).Text!;
        yield return CommandAnswers.Failed(Ru, "update").Text!;
        yield return CommandAnswers.ButtonFailed(Ru);
        yield return CommandAnswers.UnknownSeverity(Ru, "sev9", Ladder).Text!;
        yield return CommandAnswers.BadTitle(Ru, "Название слишком короткое.").Text!;
        yield return CommandAnswers.Declaring(Ru, new DeclareResult(incident, true, related), severity).Text!;
        yield return CommandAnswers.Declaring(Ru, new DeclareResult(incident, false, related with { ChannelId = null }), severity).Text!;
        yield return CommandAnswers.Declaring(Ru, new DeclareResult(incident, true, related with { IsPrivate = true }), severity).Text!;
        yield return CommandAnswers.ModalFailed(Ru, "expired_trigger_id").Text!;
        yield return CommandAnswers.List(Ru, [], Ladder).Text!;
        var list = CommandAnswers.List(Ru, [incident, Incident(4) with { ChannelId = null, Roles = new Dictionary<string, string>() }], Ladder);
        yield return list.Text!;
        yield return CadenceAnswers.UpdateUsage(Ru);
        yield return CadenceAnswers.NotADuration(Ru, "скоро", severity);
        yield return CadenceAnswers.NotADuration(Ru, "", severity with { UpdateCadence = null });
        yield return CadenceAnswers.UpdatePosted(Ru, incident, update);
        yield return CadenceAnswers.Resolved(Ru, incident);
        yield return CadenceAnswers.SeverityUsage(Ru, Ladder);
        yield return CadenceAnswers.UnknownSeverity(Ru, "sev9", Ladder);
        foreach (var outcome in Enum.GetValues<SeverityChangeOutcome>())
        {
            yield return CadenceAnswers.SeverityResult(Ru, new SeverityChangeResult(incident, outcome, decision, Ladder.Get("sev0")));
        }

        foreach (var refusal in Enum.GetValues<SnoozeRefusal>().Cast<SnoozeRefusal?>().Append(null))
        {
            yield return CadenceAnswers.SnoozeResult(Ru, new SnoozeResult(incident, severity, new SnoozeDecision(refusal, At)));
        }

        yield return CadenceAnswers.NoIncident(Ru);
        foreach (var action in new[] { IncidentAction.Resolve, IncidentAction.Reopen, IncidentAction.CompleteReview })
        {
            yield return ResolutionAnswers.Refused(Ru, decision, action, incident);
        }

        yield return ResolutionAnswers.AlreadyResolved(Ru, incident).Text!;
        yield return ResolutionAnswers.ResolvedMeanwhile(Ru, incident);
        yield return ResolutionAnswers.NotResolved(Ru, incident).Text!;
        yield return ResolutionAnswers.Reopened(Ru, incident).Text!;
        yield return ResolutionAnswers.ModalFailed(Ru, "expired_trigger_id").Text!;
        yield return ResolutionAnswers.LinkNotANumber(Ru, "").Text!;
        yield return ResolutionAnswers.LinkNotANumber(Ru, "вчерашний").Text!;
        yield return ResolutionAnswers.LinkToItself(Ru, incident).Text!;
        yield return ResolutionAnswers.LinkMissing(Ru, 9).Text!;
        yield return ResolutionAnswers.Linked(Ru, incident, 2, changed: true).Text!;
        yield return ResolutionAnswers.Linked(Ru, incident, 2, changed: false).Text!;
        yield return ResolutionAnswers.PostmortemWhileOpen(Ru, incident).Text!;
        yield return ResolutionAnswers.PostmortemQueued(Ru, incident).Text!;
        yield return ResolutionAnswers.PostmortemStarted(Ru, incident).Text!;
        yield return ResolutionAnswers.NoArguments(Ru, "reopen").Text!;
        yield return RenameAnswers.BadTitle(Ru, "Название слишком короткое.");
        yield return RenameAnswers.Unchanged(Ru, incident);
        yield return RenameAnswers.Renamed(Ru, incident, "Оплата снова работает");
        foreach (var error in new[] { "restricted_action", "missing_scope", "not_in_channel", "channel_not_found", "is_archived", "token_revoked", "name_taken", "ratelimited", "fatal_error" })
        {
            yield return SlackErrors.Explain(Ru, error);
        }

        var stats = new SeverityStats("sev1", 2, 1, 1, TimeSpan.FromMinutes(3), TimeSpan.FromHours(1.5), null);
        var (text, blocks) = StatsMessage.Build(Ru, new StatsReport(30, [stats], stats, new Ratio(1, 2), new Ratio(0, 0), new Ratio(2, 2)));
        yield return text;
        foreach (var shown in MessageTextOf(blocks.ToJsonString()))
        {
            yield return shown;
        }

        yield return StatsMessage.Usage(Ru, "две недели");
    }

    /// <summary>The words a reader would take for English: what is left once code spans, Slack tokens, emoji and references are set aside.</summary>
    private static IEnumerable<string> EnglishWords(string text) =>
        Word().Matches(NotWords().Replace(text, " ")).Select(m => m.Value).Where(w => w is not ("Slack" or "MTTA" or "MTTM" or "MTTR" or "UTC"));

    private static string[] MessageTextOf(string json) => Support.MessageText.Of(json).Split('\n');

    private static Incident Incident(int number) => new()
    {
        Id = number, Number = number, Title = "Не проходит оплата", SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = false,
        DeclaredBy = "U1", DeclaredAt = At.AddMinutes(number), ChannelId = $"C{number}", Roles = new Dictionary<string, string> { ["ic"] = "U1" },
    };

    [GeneratedRegex(@"<[^<>]*>|:[a-z0-9_+\-']+:|`[^`]*`|\b[A-Za-z]+-?\d+\b|slack-manifest\.yml|/invite", RegexOptions.CultureInvariant)]
    private static partial Regex NotWords();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private sealed class Named(string name, bool inChannel) : IIncidentCommand
    {
        public string Name => name;

        public bool NeedsIncidentChannel => inChannel;

        public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct) => Task.FromResult(CommandReply.None);
    }
}
