using System.Text.RegularExpressions;

namespace Mediazona.Collection.Sources.Sudrf;

/// <summary>A court's captcha as its search form shows it: the id to send back and the picture (inline, never a URL).</summary>
public sealed record CaptchaChallenge(string Id, byte[] Image, string ImageType);

/// <summary>
/// Reads the captcha of a search form (name_op=sf), both generations: the hidden «captchaid» input and the
/// «data:image/png;base64,…» picture beside the «Проверочный код» field (real pages often put a space after the colon).
/// </summary>
public static partial class CaptchaForm
{
    /// <summary>The challenge, or null when the page holds no captcha id or no readable picture.</summary>
    public static CaptchaChallenge? Read(string html)
    {
        var id = InputTags().Matches(html).Select(m => m.Value).FirstOrDefault(tag => NameIsCaptchaId().IsMatch(tag)) is { } input
            && Value().Match(input) is { Success: true } value ? value.Groups["v"].Value.Trim() : null;
        var picture = Picture().Match(html);
        if (string.IsNullOrEmpty(id) || !picture.Success)
            return null;
        try
        {
            return new CaptchaChallenge(id, Convert.FromBase64String(Whitespace().Replace(picture.Groups["data"].Value, "")), "image/" + picture.Groups["type"].Value.ToLowerInvariant());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTags();

    [GeneratedRegex("""\bname\s*=\s*['"]?captchaid\b""", RegexOptions.IgnoreCase)]
    private static partial Regex NameIsCaptchaId();

    [GeneratedRegex("""\bvalue\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s>]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex Value();

    [GeneratedRegex("""<img\b[^>]*\bsrc\s*=\s*['"]?data:\s*image/(?<type>png|jpeg|jpg|gif)\s*;\s*base64\s*,(?<data>[A-Za-z0-9+/=\s]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Picture();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
