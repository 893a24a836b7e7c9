namespace IncidentBot.StatusPage;

/// <summary>
/// The page's one stylesheet, inline so the page is a single request and works without JavaScript: a readable column
/// that never scrolls sideways on a phone, system fonts, and state colours with at least 4.5:1 contrast for their text.
/// </summary>
public static class StatusPageStyle
{
    public const string Css = """
        *,*::before,*::after{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f8fa}
        header,main,footer{max-width:48rem;margin:0 auto;padding:1rem}
        header{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem}
        header img{height:2.5rem;width:auto;max-width:100%}
        h1{font-size:1.6rem;margin:0;flex:1 1 12rem}
        nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
        a{color:#0550ae}
        .banner{border-radius:.5rem;padding:1rem 1.25rem;color:#fff;font-size:1.25rem;font-weight:600;margin:0 0 1.5rem}
        .operational{background:#1a7f37}.degraded{background:#7d4e00}.partial_outage{background:#a9440b}.major_outage{background:#b3261e}
        section{margin:0 0 2rem}
        h2{font-size:1.25rem;margin:0 0 .75rem}
        .components{list-style:none;margin:0;padding:0;background:#fff;border:1px solid #d0d7de;border-radius:.5rem}
        .components li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem;padding:.6rem 1rem;border-top:1px solid #d0d7de}
        .components li:first-child{border-top:0}
        .state{font-weight:600}
        .state.operational{background:none;color:#1a7f37}.state.degraded{background:none;color:#7d4e00}
        .state.partial_outage{background:none;color:#a9440b}.state.major_outage{background:none;color:#b3261e}
        article{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;padding:1rem 1.25rem;margin:0 0 1rem;overflow-wrap:anywhere}
        h3{font-size:1.1rem;margin:0 0 .25rem}
        .stage{display:inline-block;border-radius:1rem;padding:0 .6rem;font-size:.9rem;font-weight:600;background:#ddf4ff;color:#0a3069}
        .meta{color:#59636e;font-size:.9rem;margin:.25rem 0}
        ol.messages{list-style:none;margin:.75rem 0 0;padding:0}
        ol.messages li{border-left:3px solid #d0d7de;padding:.25rem 0 .25rem .75rem;margin:0 0 .75rem}
        ol.messages p{margin:.25rem 0;white-space:pre-line}
        footer{color:#59636e;font-size:.9rem}
        """;
}
