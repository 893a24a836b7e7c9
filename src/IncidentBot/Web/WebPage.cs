namespace IncidentBot.Web;

/// <summary>An HTML answer of the web view: never cached, never framed, no script allowed to run.</summary>
public static class WebPage
{
    public static IResult Html(string body, int status = StatusCodes.Status200OK) => new Page(body, status);

    private sealed class Page(string body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "text/html; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'";
            return response.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
