using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Mediazona.Deployment.Tests.Infrastructure;

/// <summary>The repository as the deployment files see it: deployable projects, their references and sources.</summary>
static partial class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Web projects in the solution under services/ and gateway/: the things that get an image.</summary>
    public static IReadOnlyList<string> DeployableProjects() =>
        [.. SolutionProjects().Where(p => (p.StartsWith("services/", StringComparison.Ordinal) || p.StartsWith("gateway/", StringComparison.Ordinal))
            && XDocument.Load(PathOf(p)).Root?.Attribute("Sdk")?.Value == "Microsoft.NET.Sdk.Web")];

    /// <summary>Solution-relative csproj paths with forward slashes.</summary>
    public static IReadOnlyList<string> SolutionProjects() =>
        [.. SlnProject().Matches(Read("MediazonaSuite.sln")).Select(m => m.Groups[1].Value.Replace('\\', '/'))];

    /// <summary>The project and every project it references, transitively (repository-relative csproj paths).</summary>
    public static IReadOnlySet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
                continue;
            var dir = Path.GetDirectoryName(PathOf(current))!;
            foreach (var reference in XDocument.Load(PathOf(current)).Descendants("ProjectReference"))
                pending.Push(Path.GetRelativePath(Root, Path.GetFullPath(Path.Combine(dir, reference.Attribute("Include")!.Value))).Replace('\\', '/'));
        }
        return seen;
    }

    /// <summary>
    /// Every string literal in the C# sources of the project and the projects it references, plus the names of
    /// settable public properties (options classes bound to a section: GetSection("Cache") → Cache:Ttl).
    /// </summary>
    public static IReadOnlySet<string> StringLiterals(string project)
    {
        var literals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var csproj in ProjectClosure(project))
        {
            var dir = Path.GetDirectoryName(PathOf(csproj))!;
            foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                    continue;
                var text = File.ReadAllText(file);
                foreach (Match m in StringLiteral().Matches(text))
                    literals.Add(m.Groups[1].Value);
                foreach (Match m in SettableProperty().Matches(text))
                    literals.Add(m.Groups[1].Value);
            }
        }
        return literals;
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediazonaSuite.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("MediazonaSuite.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"public\s+[\w<>?,\[\]\s.]+?\s+(\w+)\s*\{\s*get;\s*(?:set|init);")]
    private static partial Regex SettableProperty();

    [GeneratedRegex(@"^Project\(""\{[^}]+\}""\) = ""[^""]+"", ""([^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex SlnProject();

    // Plain and interpolated literals alike; a key is looked up whole or by its segments (see ConfigurationKeys).
    [GeneratedRegex(@"\$?""((?:[^""\\\r\n]|\\.)*)""")]
    private static partial Regex StringLiteral();
}
