using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IncidentBot.Work;

namespace IncidentBot.Integrations;

/// <summary>
/// How the queue treats a vendor's answer: 2xx is done; 429 or 503 waits the vendor's <c>Retry-After</c> when it gives
/// one and otherwise is retried with the queue's backoff, as any 5xx is; any other answer is a refusal
/// (<see cref="VendorRefusedException"/>), recorded and not retried. Bodies are never read into logs or exceptions.
/// </summary>
public static class VendorAnswer
{
    public static void EnsureSuccess(HttpResponseMessage response, string vendor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        ThrowIfRetried(response, vendor, time);
        throw new VendorRefusedException(vendor, (int)response.StatusCode);
    }

    /// <summary>
    /// Throws for a failed answer the queue tries again: a wait for the vendor's <c>Retry-After</c> on 429 or 503 (an
    /// outage announcing its end), else the queue's backoff on 429 and any 5xx. Returns for a refusal, which the
    /// caller throws with the vendor's reason.
    /// </summary>
    public static void ThrowIfRetried(HttpResponseMessage response, string vendor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && RetryAfter(response, time) is { } wait)
        {
            throw new WorkDeferredException(wait);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
        {
            throw new HttpRequestException($"{vendor} answered {status.ToString(CultureInfo.InvariantCulture)}", null, response.StatusCode);
        }
    }

    /// <summary>Basic authentication as Atlassian's cloud APIs take it: the account's email and an API token.</summary>
    public static AuthenticationHeaderValue Basic(string email, string token) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{token}")));

    /// <summary>The vendor's <c>Retry-After</c> (seconds or a date) as a wait, between a second and an hour; null when it gave none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        var retry = response.Headers.RetryAfter;
        var wait = retry?.Delta ?? (retry?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromHours(1).Ticks)) : null;
    }
}
