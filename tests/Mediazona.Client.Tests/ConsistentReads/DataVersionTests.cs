using Google.Protobuf.Reflection;
using Mediazona.Client;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Client.Tests.ConsistentReads;

/// <summary>The consistent-read helper covers every statistics answer: the list in StatisticsAnswers.cs is checked against the contract.</summary>
public sealed class DataVersionTests
{
    static readonly FileDescriptor Statistics = StatisticsServiceReflection.Descriptor;

    [Fact]
    public void Every_message_with_a_data_version_can_be_read_consistently()
    {
        var versioned = Statistics.MessageTypes.Where(m => m.FindFieldByName("data_version") is not null).ToArray();
        Assert.NotEmpty(versioned);
        Assert.All(versioned, m => Assert.True(typeof(IDataVersioned).IsAssignableFrom(m.ClrType), $"{m.Name} lacks IDataVersioned"));
    }

    [Fact]
    public void Every_unary_statistics_answer_carries_a_data_version()
    {
        var unary = Statistics.Services.Single().Methods.Where(m => !m.IsServerStreaming).ToArray();
        Assert.NotEmpty(unary);
        Assert.All(unary, m => Assert.NotNull(m.OutputType.FindFieldByName("data_version")));
    }
}
