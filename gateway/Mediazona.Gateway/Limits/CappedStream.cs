using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;

namespace Mediazona.Gateway.Limits;

/// <summary>
/// A request body that fails with 413 once more than the limit has been read. YARP lifts Kestrel's body size limit
/// for gRPC requests (they stream), so an undeclared gRPC body is counted here instead.
/// </summary>
sealed class CappedStream(Stream inner, long limit) : Stream
{
    long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    int Count(int read)
    {
        _read += read;
        if (_read > limit)
            throw new BadHttpRequestException($"Request body larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
