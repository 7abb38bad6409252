using Mediazona.Deployment.Tests.Infrastructure;
using Mediazona.ServiceDefaults.Security;
using Mediazona.ServiceDefaults.Telemetry;

namespace Mediazona.Deployment.Tests;

/// <summary>
/// Every kustomize render (base and each overlay) names images, ports, probes, configuration keys and Services
/// that exist and agree with each other and with the code. (Schema validation is deploy/local/test.sh's
/// validate_k8s step.)
/// </summary>
public sealed class KubernetesTests
{
    public static TheoryData<string> Renders() => ["k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"];

    static readonly Dictionary<string, IReadOnlyList<Dictionary<object, object>>> Rendered = [];

    static IReadOnlyList<Dictionary<object, object>> Render(string dir)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(dir, out var objects))
                Rendered[dir] = objects = Yaml.Kustomize(dir);
            return objects;
        }
    }

    static IEnumerable<Dictionary<object, object>> OfKind(string dir, string kind) => Render(dir).Where(o => o.Kind() == kind);

    static Dictionary<object, object> Get(string dir, string kind, string name) =>
        OfKind(dir, kind).SingleOrDefault(o => o.Name() == name) ?? throw new InvalidOperationException($"{dir}: no {kind}/{name}");

    static object Container(string dir, string name) => Get(dir, "Deployment", name).At("spec", "template", "spec", "containers", 0)!;

    static Dictionary<string, int> ContainerPorts(object container) =>
        container.Items("ports").ToDictionary(p => p.Str("name")!, p => int.Parse(p.Str("containerPort")!));

    [Fact]
    public void Overlays_exist_for_dev_and_prod()
    {
        var overlays = Directory.GetDirectories(Repo.PathOf("k8s/overlays")).Select(Path.GetFileName).Order();
        Assert.Equal(["dev", "prod"], overlays);
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Every_deployable_has_a_deployment_service_configmap_autoscaler_and_disruption_budget(string dir)
    {
        foreach (var deployable in Deployable.All())
        {
            foreach (var kind in new[] { "Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceAccount" })
                Get(dir, kind, deployable.Name);
            Assert.Equal(deployable.Name, Get(dir, "HorizontalPodAutoscaler", deployable.Name).Str("spec", "scaleTargetRef", "name"));
        }
        Assert.Equal(Deployable.All().Count, OfKind(dir, "Deployment").Count());
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Images_are_built_by_the_dockerfile_of_the_same_name(string dir)
    {
        foreach (var deployment in OfKind(dir, "Deployment"))
        {
            var image = deployment.Str("spec", "template", "spec", "containers", 0, "image")!;
            var repository = image.Split(':')[0];
            Assert.EndsWith("mediazona/" + deployment.Name(), repository, StringComparison.Ordinal);
            Assert.True(File.Exists(Repo.PathOf(Deployable.Named(deployment.Name()).Dockerfile)));
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Container_ports_are_the_configured_ports_and_the_dockerfile_exposes_them(string dir)
    {
        foreach (var deployable in Deployable.All())
        {
            var config = Get(dir, "ConfigMap", deployable.Name).Pairs("data").ToDictionary();
            var ports = ContainerPorts(Container(dir, deployable.Name));
            Assert.Equal(int.Parse(config["Ports__Grpc"]), ports["grpc"]);
            Assert.Equal(int.Parse(config["Ports__Metrics"]), ports["metrics"]);
            var annotations = Get(dir, "Deployment", deployable.Name).Pairs("spec", "template", "metadata", "annotations").ToDictionary();
            Assert.Equal(config["Ports__Metrics"], annotations["prometheus.io/port"]);
            if (deployable.IsGateway)
                Assert.Equal(int.Parse(config["Ports__Http"]), ports["http"]);
            Assert.Equal(Dockerfile.Load(deployable.Dockerfile).FinalStage().ExposedPorts(), ports.Values.ToHashSet());
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Services_use_native_grpc_probes_on_their_h2c_port_with_names_the_health_service_maps(string dir)
    {
        foreach (var deployable in Deployable.All().Where(d => !d.IsGateway))
        {
            var container = Container(dir, deployable.Name);
            var grpc = ContainerPorts(container)["grpc"];
            foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
            {
                Assert.Null(container.At(probe, "httpGet")); // kubelet speaks HTTP/1.1; the port is HTTP/2-only
                Assert.Equal(grpc.ToString(), container.Str(probe, "grpc", "port"));
            }
            Assert.Equal(ProbeHealthServices.Liveness, container.Str("livenessProbe", "grpc", "service"));
            Assert.Equal("", container.Str("readinessProbe", "grpc", "service")); // "" = every check
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Every_deployable_reads_the_internal_secret_from_one_secret_that_is_never_committed(string dir)
    {
        var variable = InternalCredential.SecretKey.Replace(":", "__", StringComparison.Ordinal);
        foreach (var deployable in Deployable.All())
        {
            var env = Assert.Single(Container(dir, deployable.Name).Items("env"), e => e.Str("name") == variable);
            Assert.Null(env.Str("value"));
            Assert.Equal(("mediazona-internal", "secret"), (env.Str("valueFrom", "secretKeyRef", "name"), env.Str("valueFrom", "secretKeyRef", "key")));
        }
        Assert.DoesNotContain(OfKind(dir, "Secret"), secret => secret.Name() == "mediazona-internal");
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Gateway_http_probes_use_its_http1_port(string dir)
    {
        var container = Container(dir, "gateway");
        foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            Assert.Equal("http", container.Str(probe, "httpGet", "port"));
            Assert.Contains(container.Str(probe, "httpGet", "path"), new[] { "/alive", "/healthz" });
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Every_variable_set_is_a_configuration_key_the_code_reads(string dir)
    {
        foreach (var deployable in Deployable.All())
        {
            var literals = Repo.StringLiterals(deployable.Project);
            var variables = Get(dir, "ConfigMap", deployable.Name).Pairs("data").Select(p => p.Key)
                .Concat(Container(dir, deployable.Name).Items("env").Select(e => e.Str("name")!));
            foreach (var variable in variables.Where(v => !ConfigurationKeys.IsFramework(v)))
                Assert.True(ConfigurationKeys.IsRead(variable, literals), $"{dir}: {deployable.Name} is given {variable}, which {deployable.Assembly} never reads");
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Services_are_headless_and_select_their_deployment_on_named_ports(string dir)
    {
        foreach (var deployable in Deployable.All())
        {
            var service = Get(dir, "Service", deployable.Name);
            var labels = Get(dir, "Deployment", deployable.Name).Pairs("spec", "template", "metadata", "labels").ToDictionary();
            foreach (var (key, value) in service.Pairs("spec", "selector"))
                Assert.Equal(value, labels[key]);
            var ports = ContainerPorts(Container(dir, deployable.Name));
            foreach (var port in service.Items("spec", "ports"))
                Assert.Equal(ports[port.Str("targetPort")!].ToString(), port.Str("port"));
            // HTTP/2 keeps one connection per client: only per-pod addresses let the gateway spread load.
            Assert.Equal(deployable.IsGateway ? null : "None", service.Str("spec", "clusterIP"));
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void The_gateway_reaches_each_service_by_its_service_name_and_grpc_port(string dir)
    {
        var config = Get(dir, "ConfigMap", "gateway").Pairs("data").ToDictionary();
        foreach (var deployable in Deployable.All().Where(d => !d.IsGateway))
        {
            var key = "Services__" + char.ToUpperInvariant(deployable.Name[0]) + deployable.Name[1..];
            var url = new Uri(config[key]);
            Assert.Equal(deployable.Name, url.Host);
            Assert.Contains(Get(dir, "Service", url.Host).Items("spec", "ports"), p => p.Str("port") == url.Port.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Pods_run_non_root_with_a_read_only_root_filesystem_and_resource_limits(string dir)
    {
        foreach (var deployment in OfKind(dir, "Deployment"))
        {
            var pod = deployment.At("spec", "template", "spec");
            Assert.Equal("True", pod.Str("securityContext", "runAsNonRoot"), ignoreCase: true);
            Assert.Equal("false", pod.Str("automountServiceAccountToken"), ignoreCase: true);
            var container = pod.At("containers", 0);
            Assert.Equal("true", container.Str("securityContext", "readOnlyRootFilesystem"), ignoreCase: true);
            Assert.Equal("false", container.Str("securityContext", "allowPrivilegeEscalation"), ignoreCase: true);
            Assert.Contains("ALL", container.Items("securityContext", "capabilities", "drop").Select(c => c.ToString()));
            foreach (var resource in new[] { "cpu", "memory" })
            {
                Assert.NotNull(container.Str("resources", "requests", resource));
                Assert.NotNull(container.Str("resources", "limits", resource));
            }
            Assert.NotEmpty(pod.Items("topologySpreadConstraints"));
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Network_policies_deny_by_default_and_every_policy_selects_pods_that_exist(string dir)
    {
        var policies = OfKind(dir, "NetworkPolicy").ToList();
        var deny = Assert.Single(policies, p => p.Name() == "default-deny");
        Assert.Empty((Dictionary<object, object>)deny.At("spec", "podSelector")!);
        var podLabels = OfKind(dir, "Deployment").Select(d => d.Pairs("spec", "template", "metadata", "labels").ToDictionary()).ToList();
        // The RabbitMQ operator labels its pods so (overlays include the RabbitmqCluster).
        podLabels.Add(new() { ["app.kubernetes.io/name"] = "rabbitmq", ["app.kubernetes.io/component"] = "rabbitmq" });
        foreach (var policy in policies.Where(p => p.Name() is not ("default-deny" or "allow-dns")))
        {
            var selector = policy.At("spec", "podSelector");
            var matchLabels = selector.Pairs("matchLabels").ToList();
            var matchIn = selector.Items("matchExpressions").Select(e => (Key: e.Str("key")!, Values: e.Items("values").Select(v => v.ToString()!).ToList())).ToList();
            Assert.True(podLabels.Any(l => matchLabels.All(m => l.GetValueOrDefault(m.Key) == m.Value)
                && matchIn.All(e => e.Values.Contains(l.GetValueOrDefault(e.Key) ?? ""))), $"{dir}: NetworkPolicy {policy.Name()} selects no pod");
        }
    }

    [Theory]
    [InlineData("k8s/overlays/dev")]
    [InlineData("k8s/overlays/prod")]
    public void Overlays_add_rabbitmq_tls_ingress_and_external_postgres_and_redis(string dir)
    {
        Get(dir, "RabbitmqCluster", "rabbitmq");
        Assert.All(OfKind(dir, "Ingress"), i => Assert.NotEmpty(i.Items("spec", "tls")));
        Assert.Equal(2, OfKind(dir, "Ingress").Count());
        Assert.Equal("ExternalName", Get(dir, "Service", "postgres").Str("spec", "type"));
        Assert.Equal("ExternalName", Get(dir, "Service", "redis").Str("spec", "type"));
        Assert.Empty(OfKind(dir, "Secret")); // referenced, never committed
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void Every_secret_referenced_is_documented_in_operations_md(string dir)
    {
        var docs = Repo.Read("docs/operations.md");
        var containers = OfKind(dir, "Deployment").Select(d => d.At("spec", "template", "spec", "containers", 0)).ToList();
        var secrets = containers.SelectMany(c => c.Items("env")).Select(e => e.Str("valueFrom", "secretKeyRef", "name"))
            .Concat(containers.SelectMany(c => c.Items("envFrom")).Select(e => e.Str("secretRef", "name")))
            .OfType<string>().Distinct().ToList();
        Assert.NotEmpty(secrets);
        foreach (var secret in secrets)
            Assert.Contains($"`{secret}`", docs, StringComparison.Ordinal);
    }
}
