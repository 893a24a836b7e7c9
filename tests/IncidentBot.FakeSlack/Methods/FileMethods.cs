using System.Text.Json.Nodes;

namespace IncidentBot.FakeSlack;

/// <summary>files.getUploadURLExternal and files.completeUploadExternal (the bytes go to POST /upload/{id}).</summary>
internal static class FileMethods
{
    public static void Register(MethodTable table)
    {
        table.Add("files.getUploadURLExternal", GetUploadUrl);
        table.Add("files.completeUploadExternal", Complete);
    }

    private static JsonObject GetUploadUrl(ApiRequest req)
    {
        var filename = req.Require("filename");
        var length = req.Number("length") ?? throw new SlackApiException("invalid_arguments", ["[ERROR] missing required field: length"]);
        if (length < 1)
        {
            throw new SlackApiException("invalid_arguments", ["[ERROR] must be greater than 0 [json-pointer:/length]"]);
        }

        var file = new SlackFile(req.Context.Ids.Next('F'), filename, null, length, ReadOnlyMemory<byte>.Empty, false, false, null, null, null);
        req.State.FilesById[file.Id] = file;
        var body = ApiRequest.Ok();
        body["upload_url"] = new Uri(req.Context.RootUrl(), $"upload/{file.Id}").ToString();
        body["file_id"] = file.Id;
        return body;
    }

    private static JsonObject Complete(ApiRequest req)
    {
        if (req.Json("files") is not JsonArray { Count: > 0 } requested)
        {
            throw new SlackApiException("invalid_arguments", ["[ERROR] missing required field: files"]);
        }

        var files = new List<SlackFile>();
        foreach (var item in requested)
        {
            var id = Violations.StringOf(item?["id"]);
            if (id is null || !req.State.FilesById.TryGetValue(id, out var file) || !file.Uploaded || file.Completed)
            {
                throw new SlackApiException("file_not_found");
            }

            files.Add(file with { Title = Violations.StringOf(item?["title"]) ?? file.Filename });
        }

        var channelArg = req.Get("channel_id") is not null ? "channel_id" : req.Get("channels") is not null ? "channels" : null;
        var channel = channelArg is null ? null : ChatMethods.Postable(req, channelArg);
        var comment = req.Get("initial_comment");
        var threadTs = req.Get("thread_ts");
        foreach (var file in files)
        {
            req.State.FilesById[file.Id] = file with
            {
                Completed = true,
                Channel = channel?.Id,
                InitialComment = comment,
                ThreadTs = channel is null ? null : threadTs,
            };
        }

        if (channel is not null)
        {
            req.State.AppendMessage(new SlackMessage(
                channel.Id, req.Context.Ids.NextTs(), req.Context.BotUserId, ApiContext.BotId, comment ?? string.Empty, null,
                threadTs, null, null, [], [.. files.Select(f => f.Id)], []));
        }

        var body = ApiRequest.Ok();
        body["files"] = new JsonArray([.. files.Select(f => new JsonObject { ["id"] = f.Id, ["title"] = f.Title })]);
        return body;
    }
}
