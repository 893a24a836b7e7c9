using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>views.open, views.update and views.publish.</summary>
internal static class ViewMethods
{
    public static void Register(MethodTable table)
    {
        table.Add("views.open", Open);
        table.Add("views.update", Update);
        table.Add("views.publish", Publish);
    }

    private static JsonObject Open(ApiRequest req)
    {
        var view = ReadView(req);
        if (Text(view, "type") != "modal")
        {
            throw new SlackApiException("invalid_arguments", ["[ERROR] must be 'modal' [json-pointer:/view/type]"]);
        }

        var triggerId = req.Get("trigger_id") ?? req.Get("interactivity_pointer");
        var user = req.Context.Triggers.Redeem(triggerId);
        var stored = Store(req, view, "modal", triggerId, user);
        req.State.ViewsById[stored.Id] = stored;
        return WithView(req, stored);
    }

    private static JsonObject Update(ApiRequest req)
    {
        var view = ReadView(req);
        var viewId = req.Get("view_id");
        var externalId = req.Get("external_id");
        if (viewId is null && externalId is null)
        {
            throw new SlackApiException("invalid_arguments", ["[ERROR] either `view_id` or `external_id` is required"]);
        }

        var views = req.State.ViewsById.Values.Concat(req.State.HomeViewsByUser.Values);
        var existing = views.FirstOrDefault(v => viewId is not null ? v.Id == viewId : v.ExternalId == externalId)
            ?? throw new SlackApiException("not_found");
        CheckHash(req, existing);
        var updated = existing with
        {
            Hash = req.Context.Ids.NextHash(),
            Json = view.ToJsonString(),
            ExternalId = Text(view, "external_id") ?? existing.ExternalId,
            CallbackId = Text(view, "callback_id"),
        };
        if (updated.Type == "home")
        {
            req.State.HomeViewsByUser[updated.UserId!] = updated;
        }
        else
        {
            req.State.ViewsById[updated.Id] = updated;
        }

        return WithView(req, updated);
    }

    private static JsonObject Publish(ApiRequest req)
    {
        var userId = req.Get("user_id");
        if (userId is null || !req.State.UsersById.ContainsKey(userId))
        {
            throw new SlackApiException("invalid_arguments", ["[ERROR] invalid `user_id`"]);
        }

        var view = ReadView(req);
        if (Text(view, "type") != "home")
        {
            throw new SlackApiException("invalid_arguments", ["[ERROR] must be 'home' [json-pointer:/view/type]"]);
        }

        var existing = req.State.HomeViewsByUser.GetValueOrDefault(userId);
        if (existing is not null)
        {
            CheckHash(req, existing);
        }

        var stored = Store(req, view, "home", null, userId) with { Id = existing?.Id ?? req.Context.Ids.Next('V') };
        req.State.HomeViewsByUser[userId] = stored;
        return WithView(req, stored);
    }

    private static JsonObject ReadView(ApiRequest req)
    {
        if (req.Json("view") is not JsonObject view)
        {
            throw new SlackApiException("invalid_arguments", ["[ERROR] missing required field: view"]);
        }

        if (PayloadSize.Bytes(req.Get("view")!) > PayloadSize.MaxViewBytes)
        {
            throw new SlackApiException(PayloadSize.ViewTooLarge);
        }

        var violations = BlockKitValidator.ValidateView(view);
        return violations.Count > 0 ? throw new SlackApiException("invalid_arguments", violations) : view;
    }

    private static void CheckHash(ApiRequest req, SlackView existing)
    {
        var hash = req.Get("hash");
        if (hash is not null && hash != existing.Hash)
        {
            throw new SlackApiException("hash_conflict");
        }
    }

    private static SlackView Store(ApiRequest req, JsonObject view, string type, string? triggerId, string? userId) =>
        new(req.Context.Ids.Next('V'), req.Context.Ids.NextHash(), view.ToJsonString(), type, triggerId, userId,
            Text(view, "external_id"), Text(view, "callback_id"));

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static JsonObject WithView(ApiRequest req, SlackView view)
    {
        var body = ApiRequest.Ok();
        body["view"] = ViewJson.Render(view, req.Context.Options.TeamId);
        return body;
    }
}
