using System.Text.RegularExpressions;
using Mediazona.Deployment.Tests.Infrastructure;
using Mediazona.Hosts;

namespace Mediazona.Deployment.Tests;

/// <summary>
/// deploy/Mediazona.Hosts/hosts.json describes each host once (ports, database, broker, cache, whom it calls). up.sh, the
/// end-to-end fixture and the benchmark derive their settings from it; compose and Kubernetes are written by hand and
/// checked against it here, as is the description against the code.
/// </summary>
public sealed partial class HostDescriptionTests
{
    public static TheoryData<string> Hosts() => [.. HostCatalog.Hosts.Select(h => h.Name)];

    [Fact]
    public void Every_deployable_project_is_described_once_and_every_description_is_a_deployable()
    {
        Assert.Equal(Deployable.All().Select(d => (d.Name, d.Project)).Order(), HostCatalog.Hosts.Select(h => (h.Name, h.Project)).Order());
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void The_description_names_the_infrastructure_the_host_wires_up(string name)
    {
        var host = HostCatalog.Named(name);
        var program = Repo.Read($"{host.ProjectDirectory}/Program.cs");
        Assert.Equal(host.Postgres is not null, program.Contains(".AddPostgres(", StringComparison.Ordinal));
        Assert.Equal(host.Redis, program.Contains(".AddRedis(", StringComparison.Ordinal));
        Assert.Equal(host.RabbitMq, program.Contains(".AddMediazonaBus(", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Compose_gives_each_host_the_described_ports_dependencies_and_callees(string name)
    {
        var host = HostCatalog.Named(name);
        var compose = Yaml.Documents(Repo.Read("deploy/compose/compose.yaml")).Single();
        var environment = compose.At("services", name).Pairs("environment").ToDictionary();
        AssertDescribed(host, environment, environment.GetValueOrDefault("ConnectionStrings__Postgres"), "compose");
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Kubernetes_gives_each_host_the_described_ports_dependencies_and_callees(string name)
    {
        foreach (var dir in new[] { "k8s/base", "k8s/overlays/dev", "k8s/overlays/prod" })
        {
            var host = HostCatalog.Named(name);
            var objects = Yaml.Kustomize(dir);
            var config = objects.Single(o => o.Kind() == "ConfigMap" && o.Name() == name).Pairs("data").ToDictionary();
            var container = objects.Single(o => o.Kind() == "Deployment" && o.Name() == name).At("spec", "template", "spec", "containers", 0)!;
            var variables = new Dictionary<string, string>(config);
            foreach (var env in container.Items("env"))
                variables[env.Str("name")!] = env.Str("value") ?? "(secret)";
            AssertDescribed(host, variables, postgres: null, dir);
        }
    }

    /// <param name="postgres">The connection string when the file spells it out (compose), to check the database's name.</param>
    static void AssertDescribed(HostSpec host, IReadOnlyDictionary<string, string> variables, string? postgres, string where)
    {
        var ports = variables.Where(v => v.Key.StartsWith("Ports__", StringComparison.Ordinal) && v.Key != "Ports__Address")
            .ToDictionary(v => v.Key, v => int.Parse(v.Value));
        Assert.Equal(host.Ports.ToDictionary(p => $"Ports__{HostSpec.Pascal(p.Key)}", p => p.Value.Container).OrderBy(p => p.Key), ports.OrderBy(p => p.Key));

        var callees = variables.Where(v => v.Key.StartsWith("Services__", StringComparison.Ordinal)).ToDictionary(v => v.Key, v => v.Value);
        var expected = host.Callees.Select(HostCatalog.Named)
            .ToDictionary(c => $"Services__{HostSpec.Pascal(c.Name)}", c => $"http://{c.Name}:{c.Ports[HostSpec.GrpcPort].Container}");
        Assert.Equal(expected.OrderBy(p => p.Key), callees.OrderBy(p => p.Key));

        Assert.True((host.Postgres is not null) == variables.ContainsKey("ConnectionStrings__Postgres"), $"{where}: {host.Name}'s PostgreSQL");
        Assert.True(host.RabbitMq == variables.ContainsKey("ConnectionStrings__RabbitMq"), $"{where}: {host.Name}'s RabbitMQ");
        Assert.True(host.Redis == variables.ContainsKey("ConnectionStrings__Redis"), $"{where}: {host.Name}'s Redis");
        if (postgres is not null)
            Assert.Equal(host.Postgres, DatabaseName().Match(postgres).Groups[1].Value);
    }

    [GeneratedRegex("Database=([^;]+)")]
    private static partial Regex DatabaseName();
}
