using System.Net;
using Mediazona.FakeCourts.Truth;

namespace Mediazona.FakeCourts.Pages;

/// <summary>The frame every page of a court shares: windows-1251 meta, div#modSdpContent (with a &lt;link&gt; on B), the court code in the footer.</summary>
static class PageShell
{
    public static string Wrap(FakeCourt court, string content) => $"""
        <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
        <title>{E(court.Name)}</title>
        </head><body>
        <div id="header"><div class="court-name">{E(court.Name)}</div><a href="https://ej.sudrf.ru/?fromOa={court.Code}">Электронное обращение</a></div>
        <div id="modSdpContent">{(court.GenerationB ? "<link rel=\"stylesheet\" href=\"/modules/sud_delo/css/new_style.css\">" : "")}
        {content}
        </div>
        <div id="footer"><img src="//counter.sudrf.ru/cnt.php?ssid={court.Code}" width="1" height="1" alt=""></div>
        </body></html>
        """;

    public static string E(string text) => WebUtility.HtmlEncode(text);

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>How list rows print people: «&lt;Информация скрыта&gt; - ст.337 ч.5 УК РФ», several joined by «;&lt;br&gt;».</summary>
    public static string People(FakeCase c) =>
        string.Join(";<br>", c.Defendants.Select(d => $"{E(d.Name ?? "<Информация скрыта>")} - {E(d.Charges)}"));
}
