using System.Text.RegularExpressions;
using Mediazona.Deployment.Tests.Infrastructure;

namespace Mediazona.Deployment.Tests;

/// <summary>Each Dockerfile builds a project that exists, copies all it needs, runs it non-root on its configured ports.</summary>
public sealed partial class DockerfileTests
{
    [Fact]
    public void Every_deployable_project_has_a_dockerfile_and_every_dockerfile_a_project()
    {
        var expected = Deployable.All().Select(d => d.Dockerfile).Order().ToList();
        var actual = Directory.EnumerateFiles(Repo.PathOf("deploy/docker"), "*.Dockerfile")
            .Select(f => "deploy/docker/" + Path.GetFileName(f)).Order().ToList();
        Assert.Equal(5, expected.Count); // ingestion, classification, statistics, collection, gateway
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Deployable.Names), MemberType = typeof(Deployable))]
    public void Copied_paths_exist_and_cover_every_referenced_project(string name)
    {
        var deployable = Deployable.Named(name);
        var dockerfile = Dockerfile.Load(deployable.Dockerfile);
        var sources = dockerfile.ContextCopySources().ToList();
        foreach (var source in sources)
            Assert.True(File.Exists(Repo.PathOf(source)) || Directory.Exists(Repo.PathOf(source)), $"{deployable.Dockerfile}: COPY {source} does not exist");

        foreach (var project in Repo.ProjectClosure(deployable.Project))
        {
            var dir = Path.GetDirectoryName(project)!.Replace('\\', '/');
            Assert.Contains(project, sources); // restore layer: the project file alone
            Assert.Contains(dir + "/", sources); // build layer: its sources
        }
        // Contracts compiles ../../protos.
        Assert.Contains("protos/", sources);
        Assert.Contains("Directory.Packages.props", sources);
    }

    [Theory]
    [MemberData(nameof(Deployable.Names), MemberType = typeof(Deployable))]
    public void Restores_and_publishes_the_project_and_runs_its_assembly(string name)
    {
        var deployable = Deployable.Named(name);
        var dockerfile = Dockerfile.Load(deployable.Dockerfile);
        var runs = dockerfile.All("RUN").ToList();
        Assert.Contains(runs, r => r.StartsWith($"dotnet restore {deployable.Project}", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.StartsWith($"dotnet publish {deployable.Project}", StringComparison.Ordinal));
        var entrypoint = Assert.Single(dockerfile.FinalStage().All("ENTRYPOINT"));
        Assert.Equal($"[\"dotnet\", \"{deployable.Assembly}.dll\"]", entrypoint);
    }

    [Theory]
    [MemberData(nameof(Deployable.Names), MemberType = typeof(Deployable))]
    public void Runtime_stage_is_the_chiseled_aspnet_image_as_a_numeric_non_root_user(string name)
    {
        var final = Dockerfile.Load(Deployable.Named(name).Dockerfile).FinalStage();
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/aspnet:10\.0-[a-z]+-chiseled", Assert.Single(final.All("FROM")));
        // Numeric, so Kubernetes' runAsNonRoot can verify it; $APP_UID is 1654 in Microsoft's images.
        Assert.Equal("$APP_UID", Assert.Single(final.All("USER")));
    }

    [Theory]
    [MemberData(nameof(Deployable.Names), MemberType = typeof(Deployable))]
    public void Exposed_ports_are_the_configured_ports_and_the_code_reads_their_keys(string name)
    {
        var deployable = Deployable.Named(name);
        var final = Dockerfile.Load(deployable.Dockerfile).FinalStage();
        var environment = final.Environment();
        var ports = environment.Where(e => e.Key.StartsWith("Ports__", StringComparison.Ordinal)).ToList();
        Assert.Equal(deployable.IsGateway ? ["Ports__Grpc", "Ports__Http", "Ports__Metrics"] : ["Ports__Grpc", "Ports__Metrics"], ports.Select(p => p.Key).Order());
        Assert.Equal(ports.Select(p => int.Parse(p.Value)).ToHashSet(), final.ExposedPorts());

        var literals = Repo.StringLiterals(deployable.Project);
        foreach (var variable in environment.Keys.Where(k => !ConfigurationKeys.IsFramework(k)))
            Assert.True(ConfigurationKeys.IsRead(variable, literals), $"{deployable.Dockerfile} sets {variable}, which {deployable.Assembly} never reads");
    }

    [Fact]
    public void A_key_the_code_does_not_read_is_recognised_as_such()
    {
        var literals = Repo.StringLiterals(Deployable.Named("ingestion").Project);
        Assert.True(ConfigurationKeys.IsRead("Ports__Grpc", literals));
        Assert.True(ConfigurationKeys.IsRead("ConnectionStrings__Postgres", literals));
        Assert.False(ConfigurationKeys.IsRead("Ports__Grcp", literals));
        Assert.False(ConfigurationKeys.IsRead("ConnectionStrings__Postgress", literals));
    }

    [Theory]
    [MemberData(nameof(Deployable.Names), MemberType = typeof(Deployable))]
    public void Each_dockerfile_has_an_ignore_file_that_keeps_build_output_out(string name)
    {
        var ignore = Repo.Read(Deployable.Named(name).Dockerfile + ".dockerignore");
        Assert.Matches(BinObj(), ignore);
    }

    [GeneratedRegex(@"(?m)^\*\*/bin/?$[\s\S]*^\*\*/obj/?$")]
    private static partial Regex BinObj();
}
