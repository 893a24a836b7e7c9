using IncidentBot.Core.Postmortems;
using IncidentBot.Core.Texts;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Postmortems;

/// <summary>The key-times table's "Detected" row says how the incident was detected when the declarer said.</summary>
public sealed class DetectedRowTests
{
    [Test]
    public void Compile_DetectedByCustomerReport_NamesItInTheDetectedRow()
    {
        var input = SampleIncident.Input(incident: SampleIncident.Resolved(TimeSpan.FromMinutes(72)) with { DetectedVia = "customer" });

        var markdown = PostmortemCompiler.Compile(Words.English, input);

        Assert.That(markdown, Does.Contain("| Detected (Customer report) | _fill in_ | _fill in_ |"));
    }

    [Test]
    public void Compile_InRussian_NamesTheSourceInRussian()
    {
        var input = SampleIncident.Input(incident: SampleIncident.Resolved(TimeSpan.FromMinutes(72)) with { DetectedVia = "alert" });

        var markdown = PostmortemCompiler.Compile(Words.Russian, input);

        Assert.That(markdown, Does.Contain("| Обнаружен (Алерт мониторинга) |"));
    }

    [TestCase(null)]
    [TestCase("pigeon")]
    public void Compile_NotSaidOrUnknown_KeepsThePlainRow(string? detectedVia)
    {
        var input = SampleIncident.Input(incident: SampleIncident.Resolved(TimeSpan.FromMinutes(72)) with { DetectedVia = detectedVia });

        var markdown = PostmortemCompiler.Compile(Words.English, input);

        Assert.That(markdown, Does.Contain("| Detected | _fill in_ | _fill in_ |"));
    }
}
