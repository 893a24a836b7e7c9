using System.Reflection;
using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Metrics;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Commands;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>An argument of each type a message builder takes, carrying <see cref="Typed"/> wherever a person types.</summary>
internal static class HostileArguments
{
    public static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly SeverityLadder Ladder = SeverityLadder.From(Options());
    public static readonly RoleCatalog Roles = RoleCatalog.From(Options());
    public static readonly IncidentTypeCatalog Types = IncidentTypeCatalog.From(Options());

    /// <summary>String parameters the bot fills itself (Slack's error codes, command names, IDs, its own sentences).</summary>
    private static readonly HashSet<string> BotStrings = new(StringComparer.Ordinal)
    {
        "problem", "usage", "error", "slackError", "name", "zone", "helpText", "verb", "action", "privateMetadata", "suggestion",
        "user", "holder", "assignee", "userId", "channelId",

        // The escalation target as configured (IncidentBot__Severities__<key>__EscalationTarget), which a page mentions on purpose.
        "target",
    };

    /// <summary>What a person typed: <see cref="HostileText.Value"/> unless a test sets other text (Russian, say) for its run.</summary>
    public static string Typed { get; set; } = HostileText.Value;

    public static object? For(ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(string))
        {
            return BotStrings.Contains(parameter.Name!) ? "U1" : Typed;
        }

        return Of(parameter.ParameterType)
            ?? throw new InvalidOperationException($"No hostile argument for {parameter.ParameterType.Name} {parameter.Name}: add one here.");
    }

    private static Core.Oncall.Page Page() => new(1, 1, "declare", 0, "U2", "platform", Core.Oncall.PagePosition.Primary,
        [new Core.Oncall.PageCandidate("U3", Core.Oncall.PagePosition.Secondary)], Typed, "U1", At, At.AddMinutes(5));

    public static Incident Incident(bool isPrivate = false) => new()
    {
        Id = 1, Number = 3, Title = Typed, SeverityKey = "sev1", Status = IncidentStatus.Investigating, IsPrivate = isPrivate,
        DeclaredBy = "U1", DeclaredAt = At, Summary = Typed, Impact = Typed, ChannelId = "C1",
        Roles = new Dictionary<string, string> { ["ic"] = "U1" }, PossiblyRelatedNumber = 2, Links = [2],
    };

    public static StatusUpdate Update() => new()
    {
        IncidentId = 1, Number = 1, SeverityKey = "sev1", Status = IncidentStatus.Mitigating, PreviousStatus = IncidentStatus.Investigating,
        Summary = Typed, Impact = Typed, Hypothesis = Typed, NextSteps = Typed,
        Eta = Typed, Confidence = "high", NextUpdateAt = At.AddMinutes(30), PostedBy = "U1", PostedAt = At,
        Details = new UpdateDetails
        {
            SinceLast = Typed, RootCause = RootCauseState.Suspected, Services = Typed, Customers = Typed, RevenueImpact = Typed, SlaRisk = Typed,
            Steps = [new NextStep(Typed, "U2"), new NextStep(Typed, null)], Assessment = true,
        },
    };

    public static ChecklistItem[] Checklist() =>
    [
        new(1, ChecklistKind.Activation, 1, Typed, "U1", At),
        new(1, ChecklistKind.Verification, 1, Typed, null, null),
    ];

    public static Core.StatusPage.ComponentCatalog Components() => new(new StatusPageOptions
    {
        Components = new(StringComparer.OrdinalIgnoreCase) { ["api"] = new() { Name = "Платежи", Order = 1 }, ["checkout"] = new() { Name = "Касса", Order = 2 } },
    });

    public static IReadOnlyDictionary<string, Core.StatusPage.ComponentState> Affected() =>
        new Dictionary<string, Core.StatusPage.ComponentState> { ["checkout"] = Core.StatusPage.ComponentState.MajorOutage };

    /// <summary>
    /// An alert as stored from a hostile delivery: whatever its sender typed (title, description, service, fingerprint) is
    /// <see cref="Typed"/>, its link what intake keeps of a hostile one, and it was declined with a typed note.
    /// </summary>
    public static Core.Alerts.AlertRecord Alert(string triage = "Declined") => new()
    {
        Id = 1, Source = "generic", Fingerprint = Typed, Status = "Firing", Triage = triage, Title = Typed, SeverityKey = "sev2",
        Description = Typed, Url = Core.Alerts.AlertLink.WebAddress("https://grafana.example/d/1?q=<!channel>|Grafana"), FirstFiredAt = 1,
        LastFiredAt = 1, FireCount = 3, AcknowledgedBy = "U2", DecidedBy = "U1", DeclineReason = Typed, DeclineNote = Typed, Service = Typed,
    };

    public static ReminderPayload Reminder() =>
        new(3, At.ToUnixTimeMilliseconds(), At.AddHours(1), At, EscalationStep.MentionTarget);

    private static object? Of(Type type)
    {
        var incident = Incident();
        var severity = Ladder.Get("sev1");
        var role = Roles.All[0];
        var item = new ActionItem(1, 1, 1, Typed, "U2", new DateOnly(2026, 11, 1), "p1", ActionItemState.Open, "U1", At);
        var resolution = new Resolution(1, 1, Typed, Typed, true, true, "U1", At.AddHours(1));
        var entry = new TimelineEntry(1, 1, At, At, TimelineKind.Note, Typed, "U1", "https://slack.example/p1");
        var decision = new PermissionDecision(false, "U1", ["U9"]);
        return type switch
        {
            _ when type == typeof(Incident) => incident,
            _ when type == typeof(Severity) => severity,
            _ when type == typeof(SeverityLadder) => Ladder,
            _ when type == typeof(RoleCatalog) => Roles,
            _ when type == typeof(IncidentTypeCatalog) => Types,
            _ when type == typeof(IncidentType) => Types.All[^1],
            _ when type == typeof(ChecklistKind) => ChecklistKind.Verification,
            _ when type == typeof(ChecklistItem) => Checklist()[1],
            _ when type == typeof(IReadOnlyList<ChecklistItem>) => Checklist(),
            _ when type == typeof(ResolveCaution) => new ResolveCaution([Checklist()[1]], TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5)),
            _ when type == typeof(IncidentBot.Slack.Messages.WarRoomLine) =>
                new IncidentBot.Slack.Messages.WarRoomLine(Types.All[^1], [new RunbookLink(Typed, new Uri("https://runbooks.example/db"))]),
            _ when type == typeof(RoleDefinition) => role,
            _ when type == typeof(CadenceState) => new CadenceState { IncidentId = 1, AnchorAt = At },
            _ when type == typeof(DateTimeOffset) => At,
            _ when type == typeof(DateOnly) => new DateOnly(2026, 11, 20),
            _ when type == typeof(TimeSpan) => TimeSpan.FromHours(30),
            _ when type == typeof(bool) => true,
            _ when type == typeof(int) => 2,
            _ when type == typeof(IncidentStatus) => IncidentStatus.Monitoring,
            _ when type == typeof(StatusUpdate) => Update(),
            _ when type == typeof(ReminderPayload) => Reminder(),
            _ when type == typeof(Core.Oncall.ExhaustedPayload) => new Core.Oncall.ExhaustedPayload("declare", "U1"),
            _ when type == typeof(RoleReminderPayload) => new RoleReminderPayload(1, ["ic", "comms"]),
            _ when type == typeof(SeverityChangePayload) => new SeverityChangePayload("sev2", "sev1", Typed, "U1"),
            _ when type == typeof(SoakPayload) => new SoakPayload(At, At.AddMinutes(15)),
            _ when type == typeof(AssessmentReminderPayload) => new AssessmentReminderPayload(At.AddMinutes(15), At.AddMinutes(15)),
            _ when type == typeof(IncidentBot.Slack.Messages.UpdateForm) => new IncidentBot.Slack.Messages.UpdateForm(true, Typed, Update()),
            _ when type == typeof(Core.Breaches.BreachDecision) => Core.Breaches.BreachDecision.NotRequired,
            _ when type == typeof(Core.Breaches.BreachPayload) => new Core.Breaches.BreachPayload(false, 1, 3, At.AddHours(48).ToUnixTimeMilliseconds(),
                At.ToUnixTimeMilliseconds(), ["U1", "U9"]),
            _ when type == typeof(Core.StatusPage.ComponentCatalog) => Components(),
            _ when type == typeof(IReadOnlyDictionary<string, Core.StatusPage.ComponentState>) => Affected(),
            _ when type == typeof(Core.StatusPage.PublicStage) => Core.StatusPage.PublicStage.Identified,
            _ when type == typeof(IncidentBot.Slack.Messages.PublicForm) =>
                new IncidentBot.Slack.Messages.PublicForm(Components(), Affected(), Core.StatusPage.PublicStage.Identified, Typed),
            _ when type == typeof(Core.StatusPage.FirstMessagePayload) => new Core.StatusPage.FirstMessagePayload(2, TimeSpan.FromMinutes(31), ["U1", "U9"], null),
            _ when type == typeof(Resolution) => resolution,
            _ when type == typeof(ActionItem) => item,
            _ when type == typeof(IReadOnlyList<ActionItem>) => new[] { item, item with { Id = 2, Number = 2, State = ActionItemState.Done } },
            _ when type == typeof(ActionItemResult) => new ActionItemResult(item, true),
            _ when type == typeof(IReadOnlyList<(ActionItem Item, Incident Incident, bool Withheld)>) =>
                new[] { (item, incident, false), (item with { Id = 2, Number = 2 }, Incident(isPrivate: true), true) },
            _ when type == typeof(PaceRefusal) => new PaceRefusal(PacedAction.Declare, 5, TimeSpan.FromMinutes(10), At.AddMinutes(4), TimeSpan.FromMinutes(4)),
            _ when type == typeof(IReadOnlyList<Incident>) => new[] { incident, Incident(isPrivate: true) },
            _ when type == typeof(DeclareResult) => new DeclareResult(incident, true, new PossiblyRelatedIncident(2, Typed, "C2", false)),
            _ when type == typeof(TimelineEntry) => entry,
            _ when type == typeof(IReadOnlyList<TimelineEntry>) => new[] { entry, entry with { Id = 2, Kind = TimelineKind.PinnedMessage } },
            _ when type == typeof(PermissionDecision) => decision,
            _ when type == typeof(IncidentAction) => IncidentAction.Resolve,
            _ when type == typeof(RoleAssignedWork) => new RoleAssignedWork(role.Key, "U2", "U3", "U1", 1, true),
            _ when type == typeof(RoleAssignmentResult.Assigned) => new RoleAssignmentResult.Assigned(incident, role, "U3"),
            _ when type == typeof(SeverityChangeResult) => new SeverityChangeResult(incident, SeverityChangeOutcome.Changed, decision),
            _ when type == typeof(SnoozeResult) => new SnoozeResult(incident, severity, new SnoozeDecision(null, At.AddHours(1))),
            _ when type == typeof(PostmortemInput) => Postmortem(incident, severity, entry, item, resolution),
            _ when type == typeof(StatsReport) => new StatsReport(7, [], Stats(), new Ratio(1, 2), new Ratio(1, 2), new Ratio(1, 2)),
            _ when type == typeof(ReportPeriod) => ReportPeriod.Month(2026, 11),
            _ when type == typeof(InsightsReport) => Insights(),
            _ when type == typeof(Uri) => new Uri("https://bot.example/insights"),
            _ when type == typeof(IIncidentCommand) => new StubCommand(),
            _ when type == typeof(ITextCatalogue) => TextCatalogue.Shipped,
            // Rotation names: identifiers, the same in every language, as severity keys (sev1) are.
            _ when type == typeof(IReadOnlyList<string>) || type == typeof(IEnumerable<string>) => new[] { "sre-1", "db-2" },
            _ when type == typeof(TimeZoneInfo) => TimeZoneInfo.Utc,
            _ when type == typeof(Core.Oncall.Page) => Page(),
            _ when type == typeof(Core.Alerts.AlertRecord) => Alert(),
            _ when type == typeof(Core.Oncall.HandoffPayload) => new Core.Oncall.HandoffPayload("sre-1", At.ToUnixTimeMilliseconds(), "U1", "U2"),
            _ when type == typeof(IReadOnlyList<(Incident Incident, IReadOnlyList<string> Roles)>) =>
                new (Incident, IReadOnlyList<string>)[] { (incident, []), (Incident(isPrivate: true), []) },
            _ when type == typeof(IReadOnlyList<(ActionItem Item, Incident Incident)>) => new[] { (item, incident), (item with { Id = 2 }, Incident(isPrivate: true)) },
            _ when type == typeof(Core.Oncall.PageAnswer) => new Core.Oncall.PageAnswer(Core.Oncall.PageAnswerKind.NotYours, Page()),
            _ when type == typeof(Core.Oncall.Rotation) =>
                new Core.Oncall.Rotation("platform", ["U1", "U2"], TimeSpan.FromDays(7), TimeZoneInfo.Utc, new DateTime(2026, 11, 16, 9, 0, 0), 0),
            _ when type == typeof(IReadOnlyList<Core.Oncall.RotationSwap>) => new[] { new Core.Oncall.RotationSwap(1, "platform", "U1", "U3", At, At.AddDays(2), "U1") },
            _ when type == typeof(Language) => Language.Russian,
            _ when type == typeof(Words) => Words.Russian,
            _ when type == typeof(IReadOnlyList<IIncidentCommand>) => new IIncidentCommand[] { new StubCommand() },
            _ when type == typeof(IEnumerable<System.Text.Json.Nodes.JsonObject>) => Array.Empty<System.Text.Json.Nodes.JsonObject>(),
            _ when type == typeof(long) => 1L,
            _ when type == typeof(DateTimeOffset?) => At.AddHours(1),
            _ when type == typeof(Core.Stakeholders.ExecutiveSummary) => Summary(incident),
            _ when type == typeof(Core.Stakeholders.StakeholderReminder) => new Core.Stakeholders.StakeholderReminder(2, 1, At.AddHours(1), At.AddMinutes(30), EscalationStep.MentionTarget),
            _ when type == typeof(IReadOnlyList<Core.Stakeholders.StakeholderAudience>) =>
                new[] { new Core.Stakeholders.StakeholderAudience("execs", ["C9"], ["S9"], [], false, false), new Core.Stakeholders.StakeholderAudience("support", ["C8"], [], [], true, true) },
            _ when type == typeof(Core.Stakeholders.StakeholderSendResult) => new Core.Stakeholders.StakeholderSendResult(
                Core.Stakeholders.StakeholderSendOutcome.Sent, new Core.Stakeholders.StakeholderPayload(Summary(incident), ["execs", "support"])),
            _ => null,
        };
    }

    /// <summary>A resolution summary, which carries every field a person typed (impact, ETA, talking points, resolution).</summary>
    private static Core.Stakeholders.ExecutiveSummary Summary(Incident incident) => Core.Stakeholders.ExecutiveSummary.Of(
        Core.Stakeholders.StakeholderMessageKind.Resolution, 1, incident with { Status = IncidentStatus.Resolved, MitigatedAt = At }, Update(),
        new Resolution(1, 1, Typed, Typed, true, true, "U1", At.AddHours(1)), At.AddHours(1), At.AddHours(2)) with { Eta = Typed, NextUpdateAt = At.AddHours(2) };

    private static PostmortemInput Postmortem(Incident incident, Severity severity, TimelineEntry entry, ActionItem item, Resolution resolution) =>
        new(incident with { Status = IncidentStatus.Resolved, ResolvedAt = At.AddHours(1) }, severity, Roles.All, [entry], [item],
            [new LinkedIncident(2, Typed, false)], resolution, ["U1"], At, TimeZoneInfo.Utc, At.AddHours(2),
            StatusUpdates: [Update()]);

    /// <summary>Statistics carry no person text: zeros, built whatever fields they have.</summary>
    /// <summary>A report naming what people typed: a service, a root-cause tag, an incident's title.</summary>
    private static InsightsReport Insights()
    {
        var stats = new StatsReport(30, [Stats()], Stats(), new Ratio(1, 2), new Ratio(1, 2), new Ratio(1, 2));
        return new InsightsReport(At, At.AddDays(30), stats, [new PeriodCount(new DateOnly(2026, 11, 16), 1)],
            [new MonthTimes(new DateOnly(2026, 11, 1), 1, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(20), TimeSpan.FromHours(1))],
            [new ServiceCount(Typed, 2)], [new Recurrence(2, 1, Typed, Typed)], new Ratio(1, 2),
            [new LongIncident(1, Typed, "sev1", TimeSpan.FromHours(5))], new TargetCheck("sev1", TimeSpan.FromMinutes(3), TimeSpan.FromHours(5)));
    }

    private static SeverityStats Stats()
    {
        var constructor = typeof(SeverityStats).GetConstructors()[0];
        var args = constructor.GetParameters()
            .Select(p => p.ParameterType == typeof(string) ? "sev1" : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null)
            .ToArray();
        return (SeverityStats)constructor.Invoke(args);
    }

    private static IncidentBotOptions Options()
    {
        var options = new IncidentBotOptions();
        options.Severities["sev1"].EscalationTarget = HostileText.ConfiguredGroup;
        options.Severities["sev1"].EscalateAfterMissed = 1;
        return options;
    }

    private sealed class StubCommand : IIncidentCommand
    {
        public string Name => "declare";

        public bool NeedsIncidentChannel => false;

        public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct) => Task.FromResult(CommandReply.None);
    }
}
