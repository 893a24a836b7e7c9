using System.Globalization;
using System.Text;
using System.Xml;
using IncidentBot.Core.StatusPage;

namespace IncidentBot.StatusPage;

/// <summary>
/// <c>/status.atom</c>: an Atom 1.0 feed (RFC 4287) with one entry per public message on the page, newest first. Ids are
/// the page's own address with a fragment per message, so they stay the same from one read to the next.
/// </summary>
public static class StatusPageAtom
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <param name="pageUrl">The page's absolute address (<c>https://status.example.com/status</c>); the feed is at it plus <c>.atom</c>.</param>
    public static string Build(StatusPageLook look, StatusBoard board, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(look);
        ArgumentNullException.ThrowIfNull(board);
        var entries = board.Live.Concat(board.Resolved)
            .SelectMany(i => i.Messages.Select(m => (Incident: i, Message: m)))
            .OrderByDescending(e => e.Message.PostedAt).ThenByDescending(e => e.Message.Id).ToList();
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("feed", Ns);
            xml.WriteElementString("id", Ns, pageUrl);
            xml.WriteElementString("title", Ns, look.Title);
            xml.WriteElementString("updated", Ns, Time(entries.Count > 0 ? entries[0].Message.PostedAt : board.GeneratedAt));
            Link(xml, "self", pageUrl + ".atom", "application/atom+xml");
            Link(xml, "alternate", pageUrl, "text/html");
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, look.Title);
            xml.WriteEndElement();
            foreach (var (incident, message) in entries)
            {
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("id", Ns, $"{pageUrl}#{incident.Reference.ToLowerInvariant()}-{message.Id.ToString(CultureInfo.InvariantCulture)}");
                xml.WriteElementString("title", Ns, $"{incident.Reference} · {look.Words[$"statuspage.stage.{message.Stage}"]}");
                xml.WriteElementString("published", Ns, Time(message.PostedAt));
                xml.WriteElementString("updated", Ns, Time(message.PostedAt));
                Link(xml, "alternate", $"{pageUrl}#{incident.Reference.ToLowerInvariant()}", "text/html");
                xml.WriteStartElement("content", Ns);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Clean(message.Text));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters people may paste), so the feed always parses.</summary>
    private static string Clean(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
