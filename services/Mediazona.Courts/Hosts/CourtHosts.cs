namespace Mediazona.Courts.Hosts;

/// <summary>
/// The two host forms of a court's site. The portal lists the dot form (gvs.krs.sudrf.ru); modules.php is served on the
/// `--` form (gvs--krs.sudrf.ru) and the dot form redirects to it, so pages and URLs may carry either.
/// </summary>
public static class CourtHosts
{
    const string Joined = "--";

    /// <summary>gvs.krs.sudrf.ru → gvs--krs.sudrf.ru: the first dot becomes `--`.</summary>
    public static string SiteForm(string dotHost)
    {
        var host = Normalise(dotHost);
        if (host.Contains(Joined, StringComparison.Ordinal))
            return host;
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? host : string.Concat(host.AsSpan(0, dot), Joined, host.AsSpan(dot + 1));
    }

    /// <summary>gvs--krs.sudrf.ru → gvs.krs.sudrf.ru: the first `--` becomes a dot; a dot-form host stays as it is.</summary>
    public static string PortalForm(string host)
    {
        var normalised = Normalise(host);
        var joined = normalised.IndexOf(Joined, StringComparison.Ordinal);
        return joined < 0 ? normalised : string.Concat(normalised.AsSpan(0, joined), ".", normalised.AsSpan(joined + Joined.Length));
    }

    /// <summary>Lower case, no port, no trailing dot, no leading "www.": " WWW.Gvs.Krs.Sudrf.Ru:443 " → "gvs.krs.sudrf.ru".</summary>
    public static string Normalise(string host)
    {
        var text = host.Trim().ToLowerInvariant();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
            text = text[..colon];
        text = text.TrimEnd('.');
        return text.StartsWith("www.", StringComparison.Ordinal) ? text[4..] : text;
    }

    /// <summary>The host of an absolute http(s) URL (also protocol-relative //host/…), or null when it names none.</summary>
    public static string? HostOfUrl(string? url)
    {
        var text = url?.Trim() ?? "";
        if (text.StartsWith("//", StringComparison.Ordinal))
            text = "https:" + text;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? Normalise(uri.Host)
            : null;
    }
}
