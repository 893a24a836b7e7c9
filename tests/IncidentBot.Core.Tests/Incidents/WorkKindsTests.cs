using IncidentBot.Core.Incidents;
using NUnit.Framework;

namespace IncidentBot.Core.Tests.Incidents;

public sealed class WorkKindsTests
{
    [Test]
    public void IncidentOf_EitherLine_IsTheIncident()
    {
        Assert.That(WorkKinds.IncidentOf(42), Is.EqualTo(42));
        Assert.That(WorkKinds.IncidentOf(WorkKinds.FeedLine(42)), Is.EqualTo(42));
        Assert.That(WorkKinds.IncidentOf(null), Is.Null);
    }
}
