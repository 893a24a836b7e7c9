using System.Globalization;
using Quartz;

namespace IncidentBot.Jobs;

/// <summary>One job key per incident and kind, so there is never more than one pending reminder of a kind per incident.</summary>
public static class IncidentJobKeys
{
    public const string IncidentIdField = "incident_id";

    public static JobKey UpdateReminder(long incidentId) => new(Name(incidentId), "update-reminder");

    public static JobKey RoleReminder(long incidentId) => new(Name(incidentId), "role-reminder");

    public static JobKey Soak(long incidentId) => new(Name(incidentId), "soak");

    public static JobKey AssessmentReminder(long incidentId) => new(Name(incidentId), "assessment-reminder");
    public static JobKey BreachClock(long incidentId) => new(Name(incidentId), "breach-clock");

    public static JobKey StakeholderReminder(long incidentId) => new(Name(incidentId), "stakeholder-reminder");
    public static JobKey FirstMessage(long incidentId) => new(Name(incidentId), "first-message");
    public static JobKey PageAck(long incidentId) => new(Name(incidentId), "page-ack");

    public static Dictionary<string, string> Data(long incidentId) =>
        new() { [IncidentIdField] = incidentId.ToString(CultureInfo.InvariantCulture) };

    public static long IncidentId(IJobExecutionContext context) =>
        long.Parse(context.MergedJobDataMap.GetString(IncidentIdField)!, CultureInfo.InvariantCulture);

    private static string Name(long incidentId) => $"inc-{incidentId.ToString(CultureInfo.InvariantCulture)}";
}
