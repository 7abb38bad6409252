using System.Text;

namespace Mediazona.Ingestion.Tests.Support;

/// <summary>The single-byte Cyrillic encodings court pages come in (not built into .NET: the code-pages provider adds them).</summary>
static class CodePages
{
    public static readonly Encoding Windows1251 = Get(1251);
    public static readonly Encoding Koi8R = Get(20866);

    static Encoding Get(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
