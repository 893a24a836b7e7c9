using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace IncidentBot.Web;

/// <summary>
/// A bar chart as inline SVG, drawn on the server: no script, no external asset. It is an image with a title and a
/// description (every figure written out), and every bar carries its own title, so a screen reader or a hover reads the
/// numbers; the page also shows them in a table.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int Height = 220;
    private const int Left = 44;
    private const int Bottom = 34;
    private const int Top = 12;
    private static readonly string[] Colours = ["#3b6fb6", "#d9822b", "#4a9a5b"];

    public static string Render(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(format);
        var max = series.SelectMany(s => s.Values).OfType<double>().DefaultIfEmpty(0).Max();
        var scale = max <= 0 ? 0 : (Height - Top - Bottom) / max;
        var slot = categories.Count == 0 ? 0 : (double)(Width - Left) / categories.Count;
        var bar = series.Count == 0 ? 0 : slot * 0.8 / series.Count;
        var description = string.Join("; ", categories.Select((c, i) =>
            c + ": " + string.Join(", ", series.Select(s => (series.Count > 1 ? s.Name + " " : "") + Figure(s.Values[i], format)))));
        var svg = new StringBuilder(4096)
            .Append("<svg id=\"").Append(HtmlEncode(id)).Append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height)
            .Append("\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(HtmlEncode(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(HtmlEncode(description)).Append("</desc>");
        Axis(svg, max, format);
        var every = Math.Max(1, (int)Math.Ceiling(categories.Count / 12.0));
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = Left + (c * slot) + (slot * 0.1);
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var h = value * scale;
                svg.Append("<rect x=\"").Append(N(x0 + (s * bar))).Append("\" y=\"").Append(N(Height - Bottom - h)).Append("\" width=\"").Append(N(bar))
                    .Append("\" height=\"").Append(N(h)).Append("\" fill=\"").Append(Colours[s % Colours.Length]).Append("\"><title>")
                    .Append(HtmlEncode(categories[c] + " · " + (series.Count > 1 ? series[s].Name + " " : "") + format(value))).Append("</title></rect>");
            }

            if (c % every == 0)
            {
                svg.Append("<text x=\"").Append(N(x0 + (slot * 0.4))).Append("\" y=\"").Append(Height - Bottom + 14)
                    .Append("\" font-size=\"11\" text-anchor=\"middle\">").Append(HtmlEncode(categories[c])).Append("</text>");
            }
        }

        Legend(svg, series);
        return svg.Append("</svg>\n").ToString();
    }

    private static void Axis(StringBuilder svg, double max, Func<double, string> format)
    {
        svg.Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(Height - Bottom).Append("\" x2=\"").Append(Width).Append("\" y2=\"")
            .Append(Height - Bottom).Append("\" stroke=\"#888\"/>");
        if (max > 0)
        {
            // Nothing to scale when every figure is zero: the axis is labelled 0 only, not "0 s" above "0".
            svg.Append("<text x=\"").Append(Left - 4).Append("\" y=\"").Append(Top + 10).Append("\" font-size=\"11\" text-anchor=\"end\">")
                .Append(HtmlEncode(format(max))).Append("</text>");
        }

        svg.Append("<text x=\"").Append(Left - 4).Append("\" y=\"").Append(Height - Bottom).Append("\" font-size=\"11\" text-anchor=\"end\">0</text>");
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<ChartSeries> series)
    {
        if (series.Count < 2)
        {
            return;
        }

        for (var s = 0; s < series.Count; s++)
        {
            var x = Left + (s * 110);
            svg.Append("<rect x=\"").Append(x).Append("\" y=\"").Append(Height - 12).Append("\" width=\"10\" height=\"10\" fill=\"").Append(Colours[s % Colours.Length])
                .Append("\"/><text x=\"").Append(x + 14).Append("\" y=\"").Append(Height - 3).Append("\" font-size=\"11\">").Append(HtmlEncode(series[s].Name)).Append("</text>");
        }
    }

    private static string Figure(double? value, Func<double, string> format) => value is { } v ? format(v) : "—";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
