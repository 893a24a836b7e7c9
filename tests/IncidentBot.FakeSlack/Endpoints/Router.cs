using Microsoft.AspNetCore.Http;

namespace IncidentBot.FakeSlack;

/// <summary>Sends <c>/api/</c>, <c>/upload/</c>, <c>/response/</c>, <c>/socket</c> and <c>/openid/connect/authorize</c> requests to their endpoints.</summary>
internal sealed class Router(ApiEndpoint api, UploadEndpoint upload, ResponseUrlEndpoint responseUrls, FakeSocketMode socketMode, OpenIdAuthorizeEndpoint authorize)
{
    private const string ApiPrefix = "/api/";
    private const string UploadPrefix = "/upload/";
    private const string ResponsePrefix = "/response/";
    private const string SocketPath = "/socket";

    public Task RouteAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? string.Empty;
        var isPost = HttpMethods.IsPost(http.Request.Method);
        if (path.StartsWith(ApiPrefix, StringComparison.Ordinal) && (isPost || HttpMethods.IsGet(http.Request.Method)))
        {
            return api.HandleAsync(http, path[ApiPrefix.Length..]);
        }

        if (isPost && path.StartsWith(UploadPrefix, StringComparison.Ordinal))
        {
            return upload.HandleAsync(http, path[UploadPrefix.Length..]);
        }

        if (path == OpenIdAuthorizeEndpoint.Path && HttpMethods.IsGet(http.Request.Method))
        {
            return authorize.HandleAsync(http);
        }

        if (path == SocketPath && HttpMethods.IsGet(http.Request.Method))
        {
            return socketMode.AcceptAsync(http);
        }

        if (isPost && path.StartsWith(ResponsePrefix, StringComparison.Ordinal))
        {
            return responseUrls.HandleAsync(http, path[ResponsePrefix.Length..]);
        }

        http.Response.StatusCode = isPost ? StatusCodes.Status404NotFound : StatusCodes.Status405MethodNotAllowed;
        return Task.CompletedTask;
    }
}
