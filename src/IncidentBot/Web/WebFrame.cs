using System.Text;
using IncidentBot.Core.Texts;
using static System.Net.WebUtility;

namespace IncidentBot.Web;

/// <summary>
/// The frame around every page of the web view: head, a header with who is signed in and sign-out, the main part. On a
/// phone (under 40rem) each incident of the list is a small card (number and title, then severity, status and time), so
/// nothing scrolls sideways; a title's long words wrap anywhere.
/// </summary>
public static class WebFrame
{
    private const string Css = """
        body{font-family:system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;line-height:1.4}
        header{display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
        svg.chart{width:100%;height:auto;max-width:40rem}figure{margin:0}details{margin:.5rem 0}
        form.filters{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end;margin:1rem 0}
        #incidents td:nth-child(2){overflow-wrap:anywhere}#incidents td:first-child,#incidents td:last-child{white-space:nowrap}form.filters input{max-width:100%}
        @media (max-width:40rem){body{padding:.75rem}
        #incidents thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
        #incidents tr{display:flex;flex-wrap:wrap;gap:.15rem .6rem;padding:.5rem 0;border-bottom:1px solid #ddd}
        #incidents td{border:0;padding:0;overflow-wrap:anywhere}#incidents td:nth-child(2){flex:1 0 calc(100% - 5rem);font-weight:600}
        #incidents td:nth-child(n+3){color:#444;font-size:.9rem}}
        """;

    /// <summary>A page for a signed-in reader; <paramref name="main"/> is HTML already escaped.</summary>
    public static string Page(Words words, WebSession session, string title, string main)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(session);
        var html = Head(words, title);
        html.Append("<header><nav><a href=\"/incidents\">").Append(HtmlEncode(words["web.incidents"])).Append("</a> · <a href=\"/insights\">")
            .Append(HtmlEncode(words["insights.title"])).Append("</a></nav>")
            .Append("<form method=\"post\" action=\"/web/signout\"><span>").Append(HtmlEncode(session.Name)).Append("</span> ")
            .Append("<button type=\"submit\">").Append(HtmlEncode(words["web.sign_out"])).Append("</button></form></header>\n<main>\n")
            .Append(main).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A short page with one message and, when asked, a link to sign in.</summary>
    public static string Message(Words words, string message, bool signInLink)
    {
        ArgumentNullException.ThrowIfNull(words);
        var html = Head(words, message).Append("<main>\n<p>").Append(HtmlEncode(message)).Append("</p>\n");
        if (signInLink)
        {
            html.Append("<p><a href=\"/web/signin\">").Append(HtmlEncode(words["web.sign_in"])).Append("</a></p>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static StringBuilder Head(Words words, string title) => new StringBuilder(4096)
        .Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlEncode(words.Language.Code)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n<title>")
        .Append(HtmlEncode(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
}
