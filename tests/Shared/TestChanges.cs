using IncidentBot.Core.Incidents;
using IncidentBot.Core.Storage;

namespace IncidentBot.Testing;

/// <summary>
/// Core's unit of work on a test's database, with each store it binds made on that database: a test builds services
/// from this, their own policies and words, as the host's registrations do.
/// </summary>
public static class TestChanges
{
    public static Changes On(Database database, IWorkSignal signal, TimeProvider time) => new(
        database, new IncidentStore(database), new TimelineStore(database), new OutboxStore(database), new CadenceStore(database),
        new ChecklistStore(database), new UpdateStore(database), new ResolutionStore(database), new ActionItemStore(database), new RoleStore(), new PostmortemStore(database),
        new EventInbox(), signal, time);
}
