using IncidentBot.Core.Configuration;
using IncidentBot.Core.Incidents;
using IncidentBot.Core.Integrations;
using IncidentBot.Core.Policies;
using IncidentBot.Core.Storage;
using IncidentBot.Core.Texts;
using IncidentBot.Work;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IncidentBot.Hosting;

/// <summary>Wires configuration, the database and Core services.</summary>
public static class CoreRegistration
{
    public const string DatabaseVariable = "INCIDENTBOT_DATABASE";

    public static WebApplicationBuilder AddIncidentCore(this WebApplicationBuilder builder)
    {
        var options = OptionsBinder.Bind(builder.Configuration.GetSection(IncidentBotOptions.SectionName));
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<ITextCatalogue>(TextCatalogue.Shipped);
        // The workspace's words, for everything Core writes that several people read (timeline entries, the post-mortem).
        services.AddSingleton(sp => new Words(sp.GetRequiredService<ITextCatalogue>(),
            Language.TryParse(options.Language, out var language) ? language : Language.English));
        services.AddSingleton(SeverityLadder.From(options));
        services.AddSingleton(RoleCatalog.From(options));
        services.AddSingleton(IncidentTypeCatalog.From(options));
        services.AddSingleton(new PermissionPolicy(options.Admins));
        services.AddSingleton(new ZoneClock(options.TimeZone));
        services.AddSingleton(_ => Database.Open(DatabaseSetting(builder.Configuration)));
        services.AddSingleton<Migrator>();
        services.AddSingleton(WorkLease.ForThisProcess(options.WorkLease > TimeSpan.Zero ? options.WorkLease : WorkLease.DefaultDuration));
        services.AddSingleton<IncidentStore>();
        services.AddSingleton<OpenTitleIndex>();
        services.AddSingleton<TimelineStore>();
        services.AddSingleton<IntegrationCallStore>();
        services.AddSingleton<IntegrationDirectory>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<EffectLedger>();
        services.AddSingleton<EventInbox>();
        services.AddSingleton<WorkSignal>();
        services.AddSingleton<IWorkSignal>(sp => sp.GetRequiredService<WorkSignal>());
        // Core's unit of work; the stores it binds are registered here and by the feature registrations below.
        services.AddSingleton<Changes>();
        services.AddSingleton<StandaloneWork>();
        services.AddSingleton<IncidentService>();
        services.AddSingleton<MemberPacer>();
        services.AddResolutionCore();
        services.AddSingleton<RoleStore>();
        services.AddSingleton<RoleService>();
        services.AddSingleton<TimelineService>();
        services.AddCadenceCore();
        services.AddTypesCore();
        return builder;
    }

    /// <summary>
    /// <c>INCIDENTBOT_DATABASE</c>: a PostgreSQL connection string or <c>postgres://</c> URL, or a SQLite file path or
    /// connection string; <c>incidentbot.db</c> when unset.
    /// </summary>
    public static string DatabaseSetting(IConfiguration configuration) =>
        configuration[DatabaseVariable] is { Length: > 0 } db ? db : "incidentbot.db";

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var applied = await app.Services.GetRequiredService<Migrator>().MigrateAsync();
        app.Logger.LogInformation("Database ready; {MigrationCount} migrations applied", applied.Count);
    }
}
