using Microsoft.AspNetCore.Http;

namespace IncidentBot.FakeSlack;

/// <summary>Serves <c>POST /upload/{file id}</c>: raw bytes or a multipart form with a file field.</summary>
internal sealed class UploadEndpoint(FakeSlackState state)
{
    public async Task HandleAsync(HttpContext http, string fileId)
    {
        byte[] bytes;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var formFile = form.Files.Count > 0 ? form.Files[0] : null;
            if (formFile is null)
            {
                await Reply(http, StatusCodes.Status400BadRequest, "missing file");
                return;
            }

            using var buffer = new MemoryStream();
            await formFile.CopyToAsync(buffer, http.RequestAborted);
            bytes = buffer.ToArray();
        }
        else
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            bytes = buffer.ToArray();
        }

        bool known;
        lock (state.Gate)
        {
            known = state.FilesById.TryGetValue(fileId, out var file) && !file.Completed;
            if (known)
            {
                state.FilesById[fileId] = file! with { Bytes = bytes, Uploaded = true };
            }
        }

        await (known
            ? Reply(http, StatusCodes.Status200OK, $"OK - {bytes.Length}")
            : Reply(http, StatusCodes.Status404NotFound, "file_not_found"));
    }

    private static Task Reply(HttpContext http, int status, string text)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(text, http.RequestAborted);
    }
}
