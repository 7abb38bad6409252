using System.IO.Compression;
using System.Text;

namespace Mediazona.FakeCourts.Pages;

/// <summary>
/// The picture of a captcha's digits: a small grey-scale PNG a person can read (the real sites inline theirs as base64,
/// with no image URL). Digits from a 3×5 bitmap font, each pixel drawn 4×4.
/// </summary>
static class CaptchaImage
{
    const int Scale = 4;

    /// <summary>Rows of each digit 0-9, three pixels wide (bit 2 = left).</summary>
    static readonly int[][] Font =
    [
        [7, 5, 5, 5, 7], [2, 6, 2, 2, 7], [7, 1, 7, 4, 7], [7, 1, 7, 1, 7], [5, 5, 7, 1, 1],
        [7, 4, 7, 1, 7], [7, 4, 7, 5, 7], [7, 1, 1, 1, 1], [7, 5, 7, 5, 7], [7, 5, 7, 1, 7],
    ];

    public static byte[] Png(string digits)
    {
        var width = (digits.Length * 4 + 1) * Scale;
        var height = 7 * Scale;
        var raw = new byte[height * (width + 1)]; // each row: filter byte 0, then one byte per pixel
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
                raw[y * (width + 1) + 1 + x] = Ink(digits, x / Scale, y / Scale) ? (byte)20 : (byte)235;
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, width);
        WriteBigEndian(header, 4, height);
        header[8] = 8; // bit depth; colour type 0 (grey), compression, filter and interlace 0
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                zlib.Write(raw);
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Whether the cell (column, row) of the 4-cell-per-digit, 7-row grid is ink: one cell of margin all round.</summary>
    static bool Ink(string digits, int column, int row)
    {
        if (row is < 1 or > 5 || column < 1)
            return false;
        var (digit, within) = Math.DivRem(column - 1, 4);
        if (digit >= digits.Length || within == 3)
            return false;
        return (Font[digits[digit] - '0'][row - 1] & (4 >> within)) != 0;
    }

    static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32(typed));
        png.Write(crc);
    }

    static void WriteBigEndian(byte[] target, int offset, int value) =>
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(target.AsSpan(offset), value);

    static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
