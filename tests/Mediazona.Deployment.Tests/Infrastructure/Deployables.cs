namespace Mediazona.Deployment.Tests.Infrastructure;

/// <summary>A deployable as the deployment files name it: "ingestion" ↔ services/Mediazona.Ingestion/Mediazona.Ingestion.csproj.</summary>
sealed record Deployable(string Name, string Project)
{
    public string Assembly => Path.GetFileNameWithoutExtension(Project);
    public string ProjectDir => Path.GetDirectoryName(Project)!.Replace('\\', '/');
    public string Dockerfile => $"deploy/docker/{Name}.Dockerfile";
    public bool IsGateway => Name == "gateway";

    public static IReadOnlyList<Deployable> All() =>
        [.. Repo.DeployableProjects().Select(p => new Deployable(
            Path.GetFileNameWithoutExtension(p).Replace("Mediazona.", "", StringComparison.Ordinal).ToLowerInvariant(), p))];

    public static Deployable Named(string name) =>
        All().SingleOrDefault(d => d.Name == name) ?? throw new InvalidOperationException($"no deployable project named '{name}'");

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var d in All())
            data.Add(d.Name);
        return data;
    }
}
