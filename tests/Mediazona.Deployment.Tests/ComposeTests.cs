using Mediazona.Deployment.Tests.Infrastructure;

namespace Mediazona.Deployment.Tests;

/// <summary>deploy/compose/compose.yaml builds the real Dockerfiles and configures keys and ports the code uses.</summary>
public sealed class ComposeTests
{
    static readonly Dictionary<object, object> Compose = Yaml.Documents(Repo.Read("deploy/compose/compose.yaml")).Single();

    static Dictionary<object, object> Service(string name) =>
        Compose.At("services", name) as Dictionary<object, object> ?? throw new InvalidOperationException($"compose has no service '{name}'");

    /// <summary>Environment after the YAML merge keys: compose values with ${VAR:-default} left as written.</summary>
    static Dictionary<string, string> Environment(string name) => Service(name).Pairs("environment").ToDictionary();

    [Theory]
    [MemberData(nameof(Deployable.Names), MemberType = typeof(Deployable))]
    public void Each_deployable_is_built_from_its_dockerfile_with_the_repository_as_context(string name)
    {
        var service = Service(name);
        Assert.Equal("../..", service.Str("build", "context"));
        Assert.Equal(Deployable.Named(name).Dockerfile, service.Str("build", "dockerfile"));
        Assert.True(File.Exists(Repo.PathOf(Path.Combine("deploy/compose", service.Str("build", "context")!, service.Str("build", "dockerfile")!))));
    }

    [Theory]
    [MemberData(nameof(Deployable.Names), MemberType = typeof(Deployable))]
    public void Every_variable_set_is_a_configuration_key_the_code_reads(string name)
    {
        var deployable = Deployable.Named(name);
        var literals = Repo.StringLiterals(deployable.Project);
        var environment = Environment(name);
        Assert.NotEmpty(environment);
        foreach (var variable in environment.Keys.Where(k => !ConfigurationKeys.IsFramework(k)))
            Assert.True(ConfigurationKeys.IsRead(variable, literals), $"compose sets {variable} for {name}, which {deployable.Assembly} never reads");
    }

    [Theory]
    [MemberData(nameof(Deployable.Names), MemberType = typeof(Deployable))]
    public void Ports_match_the_dockerfile(string name)
    {
        var deployable = Deployable.Named(name);
        var exposed = Dockerfile.Load(deployable.Dockerfile).FinalStage().ExposedPorts();
        var configured = Environment(name).Where(e => e.Key.StartsWith("Ports__", StringComparison.Ordinal)).Select(e => int.Parse(e.Value)).ToHashSet();
        Assert.Equal(exposed, configured);
    }

    [Theory]
    [InlineData("Ingestion", "ingestion")]
    [InlineData("Classification", "classification")]
    [InlineData("Statistics", "statistics")]
    public void The_gateway_reaches_each_service_on_its_grpc_port(string key, string service)
    {
        var url = new Uri(Environment("gateway")[$"Services__{key}"]);
        Assert.Equal(service, url.Host);
        Assert.Equal(Environment(service)["Ports__Grpc"], url.Port.ToString());
    }

    [Theory]
    [MemberData(nameof(Deployable.Names), MemberType = typeof(Deployable))]
    public void Every_deployable_gets_the_same_internal_secret_and_compose_refuses_to_start_without_it(string name)
    {
        var variable = Mediazona.ServiceDefaults.Security.InternalCredential.SecretKey.Replace(":", "__", StringComparison.Ordinal);
        Assert.StartsWith("${MEDIAZONA_INTERNAL_SECRET:?", Environment(name)[variable], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_gateway_and_the_broker_ui_publish_ports()
    {
        var publishing = ((Dictionary<object, object>)Compose["services"]).Where(s => s.Value.At("ports") is not null).Select(s => s.Key.ToString()).Order();
        Assert.Equal(["gateway", "rabbitmq"], publishing);
    }
}
