using System.Reflection;
using System.Text.Json.Nodes;
using IncidentBot.Slack.Commands;
using IncidentBot.Tests.Support;

namespace IncidentBot.Tests.Slack.Messages;

/// <summary>
/// Every message builder rendered in Russian with Russian typed text: an English word left in anything Slack shows is a
/// literal that bypassed the catalogue.
/// </summary>
[NonParallelizable]
public sealed class CatalogueCoverageTests
{
    private const string RussianTyped = "Оплата не проходит <@U7|карина>";

    [SetUp]
    public void TypeRussian() => HostileArguments.Typed = RussianTyped;

    [TearDown]
    public void TypeHostile() => HostileArguments.Typed = HostileText.Value;

    /// <summary>Names that stay Latin in every language, as channel names do: the post-mortem's file name.</summary>
    private static readonly HashSet<string> LatinByDesign = ["PostmortemMessages.FileName", "ReportChart.FileName"];

    public static IEnumerable<TestCaseData> Builders() => HostileTextTests.Builders()
        .Where(c => c.Arguments[0] is MethodInfo m && !LatinByDesign.Contains($"{m.DeclaringType!.Name}.{m.Name}"))
        .Select(c => new TestCaseData(c.Arguments[0]).SetName(c.TestName!.Replace("Builder_HostileText_NotifiesNobodyExtra", "Builder_Russian_LeavesNoEnglish", StringComparison.Ordinal)));

    [TestCaseSource(nameof(Builders))]
    public void Builder_Russian_LeavesNoEnglish(MethodInfo builder)
    {
        var arguments = builder.GetParameters().Select(HostileArguments.For).ToArray();

        var shown = Visible(builder.Invoke(null, arguments)).ToList();

        Assert.That(shown.SelectMany(EnglishLeft.In), Is.Empty, string.Join("\n", shown));
    }

    /// <summary>What Slack shows of a builder's result: strings, the visible texts of blocks and views, replies, tuples and lists of them.</summary>
    private static IEnumerable<string> Visible(object? result) => result switch
    {
        null => [],
        string s => [s],
        JsonNode node => EnglishLeft.Visible(node),
        CommandReply reply => Visible(reply.Text).Concat(Visible(reply.Blocks)),
        System.Runtime.CompilerServices.ITuple tuple => Enumerable.Range(0, tuple.Length).SelectMany(i => Visible(tuple[i])),
        System.Collections.IEnumerable items => items.Cast<object?>().SelectMany(Visible),
        _ => [],
    };
}
