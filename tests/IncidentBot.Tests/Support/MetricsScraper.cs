using System.Net.Http.Headers;

namespace IncidentBot.Tests.Support;

/// <summary>Scrapes the bot's <c>/metrics</c> as Prometheus does, over real HTTP.</summary>
public static class MetricsScraper
{
    public static async Task<PrometheusText> ScrapeAsync(this BotHarness bot, string? token = null)
    {
        using var response = await bot.GetMetricsAsync(token);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        return PrometheusText.Parse(text);
    }

    public static async Task<HttpResponseMessage> GetMetricsAsync(this BotHarness bot, string? token = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await bot.Http.SendAsync(request);
    }
}
