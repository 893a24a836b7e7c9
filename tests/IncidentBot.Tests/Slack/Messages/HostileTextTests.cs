using System.Reflection;
using IncidentBot.Core.Texts;
using IncidentBot.Slack.Messages;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>
/// Every message builder, driven with hostile text in every field a person types: nothing in any field Slack reads
/// notifies a whole channel or a user group the admin did not configure, nor shows a link under a label hiding its address.
/// </summary>
public sealed class HostileTextTests
{
    /// <summary>Primitives that format what they are given; the builders above them decide what is person text.</summary>
    private static readonly HashSet<Type> Primitives =
        [typeof(Blocks), typeof(ModalElements), typeof(SlackText), typeof(MentionRule), typeof(PersonText), typeof(StatusText), typeof(SlackErrors)];

    /// <summary>The on-call feature's message builders, which live with it.</summary>
    private static readonly HashSet<Type> OncallBuilders =
        [typeof(IncidentBot.Oncall.PageMessage), typeof(IncidentBot.Oncall.OncallAnswers), typeof(IncidentBot.Oncall.PageAnswers), typeof(IncidentBot.Oncall.RotationField), typeof(IncidentBot.Oncall.HandoffMessage)];

    /// <summary>The alert intake's message builders, which live with it and show what an alert's sender typed.</summary>
    private static readonly HashSet<Type> AlertBuilders =
        [typeof(IncidentBot.Alerts.TriageMessage), typeof(IncidentBot.Alerts.AlertLinkModal), typeof(IncidentBot.Alerts.AlertDeclineModal)];

    public static IEnumerable<TestCaseData> Builders() => typeof(Blocks).Assembly.GetTypes()
        .Where(t => (t.Namespace == typeof(Blocks).Namespace || OncallBuilders.Contains(t) || AlertBuilders.Contains(t)) && t.IsAbstract && t.IsSealed && !Primitives.Contains(t))
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.ReturnType != typeof(void) && !m.IsSpecialName)
        .Select(m => new TestCaseData(m).SetName($"Builder_HostileText_NotifiesNobodyExtra({m.DeclaringType!.Name}.{m.Name}/{m.GetParameters().Length})"));

    [TestCaseSource(nameof(Builders))]
    public void Builder_HostileText_NotifiesNobodyExtra(MethodInfo builder)
    {
        var arguments = builder.GetParameters().Select(HostileArguments.For).ToArray();

        var strings = HostileText.Strings(builder.Invoke(null, arguments)).ToList();

        Assert.That(strings.SelectMany(HostileText.Leaks), Is.Empty, string.Join("\n", strings));
    }

    [Test]
    public void Builders_AreFoundAcrossTheMessagesFolder() =>
        Assert.That(Builders().Count(), Is.GreaterThan(80), "the reflection above must keep finding the builders");

    [TestCase("Triage")]
    [TestCase("Acknowledged")]
    [TestCase("Declared")]
    public void TriageMessage_HostileAlertUndecidedOrDeclared_NotifiesNobodyAndHidesNoLink(string triage)
    {
        var (text, blocks) = IncidentBot.Alerts.TriageMessage.Build(Words.English, HostileArguments.Alert(triage), HostileArguments.Ladder.Get("sev2"), "INC-3");

        var strings = HostileText.Strings(blocks).Append(text).ToList();
        Assert.That(strings.SelectMany(HostileText.Leaks), Is.Empty, string.Join("\n", strings));
        Assert.That(strings, Has.Some.Contains("&lt;https://evil.example|Grafana&gt;"), "the disguised link shows as the text typed");
    }

    [Test]
    public void AlertModals_HostileTitle_NotifyNobodyAndHideNoLink()
    {
        var alert = HostileArguments.Alert("Triage");
        var strings = HostileText.Strings(IncidentBot.Alerts.AlertLinkModal.Build(Words.English, alert, [HostileArguments.Incident()]))
            .Concat(HostileText.Strings(IncidentBot.Alerts.AlertDeclineModal.Build(Words.English, alert))).ToList();

        Assert.That(strings.SelectMany(HostileText.Leaks), Is.Empty, string.Join("\n", strings));
    }

    [Test]
    public void UpdateMessage_HostileSummary_StillMentionsThePersonNamed()
    {
        var (text, blocks) = UpdateMessage.Build(Words.English, HostileArguments.Incident(), HostileArguments.Update());

        Assert.That(text, Does.Contain("<@U7|carol>"));
        Assert.That(HostileText.Strings(blocks), Has.Some.Contains("<@U7|carol>"));
    }

    [Test]
    public void BriefMessage_DisguisedLinkInTheSummary_ShowsTheRealAddress()
    {
        var (_, blocks) = BriefMessage.Build(Words.English, HostileArguments.Incident(), HostileArguments.Ladder.Get("sev1"),
            new Core.Incidents.CadenceState { IncidentId = 1, AnchorAt = HostileArguments.At }, HostileArguments.Roles, HostileArguments.At);

        Assert.That(HostileText.Strings(blocks), Has.Some.Contains("Grafana (<https://evil.example>)"));
    }

    [Test]
    public void Escalation_ConfiguredGroup_IsStillMentioned()
    {
        var severity = HostileArguments.Ladder.Get("sev1");
        var (text, _) = ReminderMessage.Escalation(Words.English, HostileArguments.Incident(), severity, HostileArguments.Reminder());

        Assert.That(new MentionFence([HostileText.ConfiguredGroup]).Text(text), Does.Contain($"<!subteam^{HostileText.ConfiguredGroup}>"));
    }
}
