using Grpc.Net.Client.Configuration;

namespace Mediazona.Client;

/// <summary>Deadlines and retries per <see cref="CallKind"/>: pure functions of the options and the catalog.</summary>
public static class CallPolicies
{
    /// <summary>The default deadline of a call of this kind, or null for none.</summary>
    public static TimeSpan? TimeoutOf(CallKind kind, MediazonaClientOptions options) => kind switch
    {
        CallKind.Query => options.QueryTimeout,
        CallKind.Write => options.WriteTimeout,
        _ => options.StreamTimeout,
    };

    /// <summary>
    /// gRPC's standard retry policy (the channel's service config) for UNAVAILABLE on the idempotent methods only;
    /// a write is never sent twice by the client. Null when <see cref="MediazonaClientOptions.MaxAttempts"/> is 1 or less.
    /// </summary>
    public static ServiceConfig? RetryConfig(MediazonaClientOptions options)
    {
        if (options.MaxAttempts <= 1)
            return null;
        var retried = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = options.MaxAttempts,
                InitialBackoff = TimeSpan.FromMilliseconds(200),
                MaxBackoff = TimeSpan.FromSeconds(5),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { Grpc.Core.StatusCode.Unavailable },
            },
        };
        foreach (var method in CallCatalog.MethodsOf(CallKind.Query, CallKind.StreamingQuery))
            retried.Names.Add(new MethodName { Service = method.Service.FullName, Method = method.Name });
        return new ServiceConfig { MethodConfigs = { retried } };
    }
}
