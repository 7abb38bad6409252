using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mediazona.Cli.Gateway;

namespace Mediazona.Cli.Tests.Gateway;

public class RpcFailureTests
{
    /// <summary>As the services' RpcErrors.InvalidArgument sends it: google.rpc.Status with a BadRequest in grpc-status-details-bin.</summary>
    static RpcException InvalidArgument(string message, params (string Field, string Why)[] violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Why }));
        var status = new Google.Rpc.Status { Code = (int)StatusCode.InvalidArgument, Message = message, Details = { Any.Pack(new RetryInfo()), Any.Pack(badRequest) } };
        return new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, message), new Metadata { { "grpc-status-details-bin", status.ToByteArray() } });
    }

    [Fact]
    public void Field_violations_are_listed_after_the_status_and_detail()
    {
        var error = InvalidArgument("invalid summary request", ("part", "needs article"), ("as_of", "'2023-02-30' is not a date YYYY-MM-DD"));

        Assert.Equal("InvalidArgument: invalid summary request (part: needs article; as_of: '2023-02-30' is not a date YYYY-MM-DD)", RpcFailure.Describe(error));
    }

    [Fact]
    public void Without_details_the_status_and_detail_are_the_line_and_a_multi_line_cause_is_folded_into_it()
    {
        var plain = new RpcException(new Grpc.Core.Status(StatusCode.PermissionDenied, "the key lacks the read scope"));
        var unreachable = new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "Error connecting to subchannel.",
            new HttpRequestException("outer", new InvalidOperationException("Connection refused\n(127.0.0.1:1)"))));

        Assert.Equal("PermissionDenied: the key lacks the read scope", RpcFailure.Describe(plain));
        Assert.Equal("Unavailable: Error connecting to subchannel. (Connection refused (127.0.0.1:1))", RpcFailure.Describe(unreachable));
    }

    [Fact]
    public void Unreadable_details_do_not_hide_the_status()
    {
        var error = new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, "bad"), new Metadata { { "grpc-status-details-bin", new byte[] { 0xff, 0xff, 0xff } } });

        Assert.Equal("InvalidArgument: bad", RpcFailure.Describe(error));
    }

    [Fact]
    public async Task A_failed_call_is_one_line_on_stderr_and_exit_code_1()
    {
        var error = new StringWriter();

        var failed = await RpcFailure.GuardAsync(() => throw InvalidArgument("invalid request", ("article", "must be an article number")), error);
        var succeeded = await RpcFailure.GuardAsync(() => Task.FromResult(0), error);

        Assert.Equal((1, 0), (failed, succeeded));
        Assert.Equal("mzctl: InvalidArgument: invalid request (article: must be an article number)" + Environment.NewLine, error.ToString());
    }
}
