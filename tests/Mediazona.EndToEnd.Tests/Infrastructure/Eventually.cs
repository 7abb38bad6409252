namespace Mediazona.EndToEnd.Tests.Infrastructure;

static class Eventually
{
    /// <summary>
    /// Polls until the value satisfies the condition, then returns it; bounded in time, and on time-out fails
    /// with the last value seen and the hosts' logs.
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> condition, SuiteFixture suite, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        T last;
        do
        {
            last = await read();
            if (condition(last))
                return last;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Condition not met in time; last value: {last}\n{suite.Logs()}");
    }
}
