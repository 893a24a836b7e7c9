using System.Globalization;
using System.Text.Json.Nodes;

namespace IncidentBot.Slack.Api;

/// <summary>views.*, users.* and files.* methods.</summary>
internal sealed partial class SlackApiClient
{
    /// <summary>How long <c>views.open</c> may take, retries included, within Slack's 3 s for the trigger and the answer.</summary>
    private static readonly TimeSpan TriggerBudget = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// Gives up (as <c>expired_trigger_id</c>) once the trigger's 3 s are nearly spent: the caller is answering Slack,
    /// which stops waiting at 3 s, so a long <c>Retry-After</c> or a slow Slack must not be waited out here.
    /// </summary>
    public async Task<SlackView> OpenViewAsync(string triggerId, JsonObject view, CancellationToken ct = default)
    {
        const string method = "views.open";
        var form = new SlackForm().Add("trigger_id", triggerId).AddJson("view", view);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(TriggerBudget);
        try
        {
            var body = await CallAsync(method, form, budget.Token).ConfigureAwait(false);
            return SlackResponseReader.View(method, body["view"]);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new SlackApiException(method, "expired_trigger_id", ["gave up before the trigger expired"], ex);
        }
    }

    public async Task<SlackView> UpdateViewAsync(string viewId, JsonObject view, string? hash = null, CancellationToken ct = default)
    {
        const string method = "views.update";
        var form = new SlackForm().Add("view_id", viewId).AddJson("view", view).Add("hash", hash);
        var body = await CallAsync(method, form, ct).ConfigureAwait(false);
        return SlackResponseReader.View(method, body["view"]);
    }

    public Task PublishHomeViewAsync(string userId, JsonObject view, CancellationToken ct = default) =>
        CallAsync("views.publish", new SlackForm().Add("user_id", userId).AddJson("view", view), ct);

    public async Task<SlackUser> GetUserAsync(string userId, CancellationToken ct = default)
    {
        const string method = "users.info";
        var body = await CallAsync(method, new SlackForm().Add("user", userId).Add("include_locale", "true"), ct).ConfigureAwait(false);
        return SlackResponseReader.User(method, body["user"]);
    }

    public async Task<string?> LookupUserByEmailAsync(string email, CancellationToken ct = default)
    {
        const string method = "users.lookupByEmail";
        try
        {
            var body = await CallAsync(method, new SlackForm().Add("email", email), ct).ConfigureAwait(false);
            return SlackResponseReader.Required(method, body["user"], "id");
        }
        catch (SlackApiException e) when (e.Error == "users_not_found")
        {
            return null;
        }
    }

    public async Task<string> UploadFileAsync(FileUpload upload, CancellationToken ct = default)
    {
        const string getUrl = "files.getUploadURLExternal";
        var length = upload.Content.Length.ToString(CultureInfo.InvariantCulture);
        var target = await CallAsync(getUrl, new SlackForm().Add("filename", upload.FileName).Add("length", length), ct)
            .ConfigureAwait(false);
        var uploadUrl = new Uri(SlackResponseReader.Required(getUrl, target, "upload_url"));
        var fileId = SlackResponseReader.Required(getUrl, target, "file_id");

        // The upload URL is pre-authorised by Slack: raw bytes, no bearer token.
        using (var response = await _transport.SendAsync(
            "files.upload_url",
            () => new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ByteArrayContent(upload.Content) },
            ct).ConfigureAwait(false))
        {
            EnsureSuccess("files.upload_url", response);
        }

        var files = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = upload.Title });
        var complete = new SlackForm()
            .AddJson("files", files)
            .Add("channel_id", upload.Channel)
            .Add("initial_comment", upload.InitialComment)
            .Add("thread_ts", upload.ThreadTs);
        await CallAsync("files.completeUploadExternal", complete, ct).ConfigureAwait(false);
        return fileId;
    }
}
