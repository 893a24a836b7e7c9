namespace IncidentBot.FakeSlack;

/// <summary>A modal or Home tab view.</summary>
/// <param name="Id">View ID, e.g. <c>V0000000001</c>.</param>
/// <param name="Hash">The current hash; <c>views.update</c> with another hash gets <c>hash_conflict</c>.</param>
/// <param name="Json">The view object as the bot sent it.</param>
/// <param name="Type"><c>modal</c> or <c>home</c>.</param>
/// <param name="TriggerId">Trigger used to open it (modals), else null.</param>
/// <param name="UserId">User it was published for (home), or the user tied to the trigger, else null.</param>
/// <param name="ExternalId">The view's <c>external_id</c>, or null.</param>
/// <param name="CallbackId">The view's <c>callback_id</c>, or null.</param>
public sealed record SlackView(
    string Id,
    string Hash,
    string Json,
    string Type,
    string? TriggerId,
    string? UserId,
    string? ExternalId,
    string? CallbackId);
