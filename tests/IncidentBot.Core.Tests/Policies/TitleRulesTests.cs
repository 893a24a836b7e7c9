using IncidentBot.Core.Policies;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Policies;

public sealed class TitleRulesTests
{
    [Test]
    public void Validate_PaddedTitle_IsTrimmedAndSpacesCollapsed() =>
        Assert.That(TitleRules.Validate(Words.English, "  Checkout   is failing ", out _), Is.EqualTo("Checkout is failing"));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Validate_Empty_IsRefused(string? title)
    {
        Assert.That(TitleRules.Validate(Words.English, title, out var problem), Is.Null);
        Assert.That(problem, Does.Contain("needs a title"));
    }

    [Test]
    public void Validate_Over150Characters_IsRefusedWithTheLength()
    {
        Assert.That(TitleRules.Validate(Words.English, new string('x', 151), out var problem), Is.Null);
        Assert.That(problem, Does.Contain("151").And.Contain("150"));
    }

    [Test]
    public void Validate_Exactly150Characters_IsAccepted() =>
        Assert.That(TitleRules.Validate(Words.English, new string('x', 150), out _), Has.Length.EqualTo(150));
}
