using System.Data;
using System.Text.Json;
using Dapper;
using IncidentBot.Core.Incidents;

namespace IncidentBot.Core.Storage;

/// <summary>Status updates (<c>incident_updates</c>) and the incident columns an update or a severity change sets.</summary>
public sealed class UpdateStore(Database database)
{
    private const string Columns = """
        incident_id, number, severity AS severity_key, status, previous_status, summary, impact, hypothesis, next_steps, eta,
        confidence, next_update_at, posted_by, posted_at, since_last, root_cause_state AS root_cause, services, customers, revenue_impact,
        sla_risk, next_step_items, assessment
        """;

    public Task<StatusUpdate?> GetAsync(long incidentId, int number, CancellationToken ct = default) =>
        database.ReadAsync(async c => (await c.QuerySingleOrDefaultAsync<UpdateRow>(
            $"SELECT {Columns} FROM incident_updates WHERE incident_id = @incidentId AND number = @number",
            new { incidentId, number }))?.ToUpdate(), ct);

    /// <summary>The update numbered <paramref name="number"/>, read inside a write transaction.</summary>
    public async Task<StatusUpdate?> GetAsync(IDbTransaction tx, long incidentId, int number) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<UpdateRow>(
            $"SELECT {Columns} FROM incident_updates WHERE incident_id = @incidentId AND number = @number",
            new { incidentId, number }, tx))?.ToUpdate();

    public Task<IReadOnlyList<StatusUpdate>> ListAsync(long incidentId, CancellationToken ct = default) =>
        database.ReadAsync(async c => (IReadOnlyList<StatusUpdate>)(await c.QueryAsync<UpdateRow>(
            $"SELECT {Columns} FROM incident_updates WHERE incident_id = @incidentId ORDER BY number",
            new { incidentId })).Select(r => r.ToUpdate()).ToList(), ct);

    public async Task<StatusUpdate?> FindByIdempotencyKeyAsync(IDbTransaction tx, string key) =>
        (await tx.Connection!.QuerySingleOrDefaultAsync<UpdateRow>(
            $"SELECT {Columns} FROM incident_updates WHERE idempotency_key = @key", new { key }, tx))?.ToUpdate();

    /// <summary>Records the update and sets the incident's update count, last update time, status and first mitigation.</summary>
    public async Task InsertAsync(IDbTransaction tx, StatusUpdate update, string idempotencyKey)
    {
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO incident_updates (incident_id, number, severity, status, previous_status, summary, impact, hypothesis,
                                          next_steps, eta, confidence, next_update_at, posted_by, posted_at, idempotency_key,
                                          since_last, root_cause_state, services, customers, revenue_impact, sla_risk,
                                          next_step_items, assessment)
            VALUES (@IncidentId, @Number, @SeverityKey, @Status, @PreviousStatus, @Summary, @Impact, @Hypothesis,
                    @NextSteps, @Eta, @Confidence, @NextUpdateAt, @PostedBy, @PostedAt, @idempotencyKey,
                    @SinceLast, @RootCause, @Services, @Customers, @RevenueImpact, @SlaRisk, @Steps, @Assessment)
            """, new
        {
            update.Details.SinceLast, RootCause = update.Details.RootCause?.ToString(), update.Details.Services,
            update.Details.Customers, update.Details.RevenueImpact, update.Details.SlaRisk,
            Steps = update.Details.Steps.Count == 0 ? null : JsonSerializer.Serialize(update.Details.Steps.Select(s => new StepRow(s.Text, s.Owner))),
            Assessment = update.Details.Assessment ? 1L : 0L,
            update.IncidentId, update.Number, update.SeverityKey, Status = update.Status.ToString(),
            PreviousStatus = update.PreviousStatus.ToString(), update.Summary, update.Impact, update.Hypothesis,
            update.NextSteps, update.Eta, update.Confidence, NextUpdateAt = UnixTime.ToUnixMs(update.NextUpdateAt),
            update.PostedBy, PostedAt = UnixTime.ToUnixMs(update.PostedAt), idempotencyKey,
        }, tx);
        await tx.Connection!.ExecuteAsync("""
            UPDATE incidents SET update_count = @Number, last_update_at = @PostedAt, status = @Status,
                   mitigated_at = CASE WHEN @Status = 'Monitoring' THEN COALESCE(mitigated_at, @PostedAt) ELSE mitigated_at END
            WHERE id = @IncidentId
            """, new { update.IncidentId, update.Number, PostedAt = UnixTime.ToUnixMs(update.PostedAt), Status = update.Status.ToString() }, tx);
    }

    public Task SetSeverityAsync(IDbTransaction tx, long incidentId, string severityKey) =>
        tx.Connection!.ExecuteAsync("UPDATE incidents SET severity = @severityKey WHERE id = @incidentId", new { incidentId, severityKey }, tx);

    private sealed class UpdateRow
    {
        public long IncidentId { get; set; }
        public long Number { get; set; }
        public string SeverityKey { get; set; } = "";
        public string Status { get; set; } = "";
        public string PreviousStatus { get; set; } = "";
        public string Summary { get; set; } = "";
        public string? Impact { get; set; }
        public string? Hypothesis { get; set; }
        public string? NextSteps { get; set; }
        public string? Eta { get; set; }
        public string? Confidence { get; set; }
        public long? NextUpdateAt { get; set; }
        public string PostedBy { get; set; } = "";
        public long PostedAt { get; set; }
        public string? SinceLast { get; set; }
        public string? RootCause { get; set; }
        public string? Services { get; set; }
        public string? Customers { get; set; }
        public string? RevenueImpact { get; set; }
        public string? SlaRisk { get; set; }
        public string? NextStepItems { get; set; }
        public long Assessment { get; set; }

        public StatusUpdate ToUpdate() => new()
        {
            IncidentId = IncidentId, Number = (int)Number, SeverityKey = SeverityKey, Status = Enum.Parse<IncidentStatus>(Status),
            PreviousStatus = Enum.Parse<IncidentStatus>(PreviousStatus), Summary = Summary, Impact = Impact, Hypothesis = Hypothesis,
            NextSteps = NextSteps, Eta = Eta, Confidence = Confidence, NextUpdateAt = UnixTime.FromUnixMs(NextUpdateAt),
            PostedBy = PostedBy, PostedAt = UnixTime.FromUnixMs(PostedAt),
            Details = new UpdateDetails
            {
                SinceLast = SinceLast, Services = Services, Customers = Customers, RevenueImpact = RevenueImpact, SlaRisk = SlaRisk,
                RootCause = Enum.TryParse<RootCauseState>(RootCause, out var state) ? state : null,
                Steps = NextStepItems is null ? [] : JsonSerializer.Deserialize<List<StepRow>>(NextStepItems)!.Select(r => new NextStep(r.Text, r.Owner)).ToList(),
                Assessment = Assessment != 0,
            },
        };
    }

    /// <summary>A next step as stored in <c>next_step_items</c>: <c>[{"Text": "…", "Owner": "U…"}]</c>.</summary>
    private sealed record StepRow(string Text, string? Owner);
}
