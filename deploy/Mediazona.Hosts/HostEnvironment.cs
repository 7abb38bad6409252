namespace Mediazona.Hosts;

/// <summary>The settings (environment variables) a host gets in a placement: the one place they are composed.</summary>
public static class HostEnvironment
{
    public static Dictionary<string, string> For(HostSpec host, Placement placement)
    {
        var environment = new Dictionary<string, string>(HostCatalog.CommonEnvironment)
        {
            ["Ports__Address"] = placement.ListenAddress(host),
            ["Internal__Secret"] = placement.InternalSecret,
        };
        foreach (var port in host.Ports.Keys)
            environment[$"Ports__{HostSpec.Pascal(port)}"] = placement.Port(host, port).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (host.Postgres is { } database)
            environment["ConnectionStrings__Postgres"] = placement.Postgres(database);
        if (host.RabbitMq)
            environment["ConnectionStrings__RabbitMq"] = placement.RabbitMq;
        if (host.Redis)
            environment["ConnectionStrings__Redis"] = placement.Redis;
        foreach (var callee in host.Callees.Select(HostCatalog.Named))
            environment[$"Services__{HostSpec.Pascal(callee.Name)}"] = placement.Url(callee, HostSpec.GrpcPort).ToString().TrimEnd('/');
        return environment;
    }
}
