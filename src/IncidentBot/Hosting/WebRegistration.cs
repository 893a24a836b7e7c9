using IncidentBot.Web;

namespace IncidentBot.Hosting;

/// <summary>Wires the web view (sign in with Slack, the incident pages) when its settings are all given; otherwise it is off and 404s.</summary>
public static class WebRegistration
{
    public static WebApplicationBuilder AddWeb(this WebApplicationBuilder builder)
    {
        var settings = WebSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings).AddSingleton<SessionCookie>();
        builder.Services.AddHttpClient<SlackOpenId>(client => client.Timeout = TimeSpan.FromSeconds(10));
        return builder;
    }

    public static WebApplication MapWebView(this WebApplication app)
    {
        if (app.Services.GetRequiredService<WebSettings>().IsOn)
        {
            app.MapSignIn();
            app.MapIncidentPages();
            app.MapInsightsPage();
        }

        return app;
    }
}
