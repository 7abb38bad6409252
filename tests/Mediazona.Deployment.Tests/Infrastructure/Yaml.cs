using System.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Mediazona.Deployment.Tests.Infrastructure;

/// <summary>YAML as plain dictionaries and lists, and navigation over them.</summary>
static class Yaml
{
    static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static IReadOnlyList<Dictionary<object, object>> Documents(string text)
    {
        // Merging: compose shares settings through anchors and "<<" merge keys.
        IParser parser = new MergingParser(new Parser(new StringReader(text)));
        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        var documents = new List<Dictionary<object, object>>();
        while (parser.Accept<YamlDotNet.Core.Events.DocumentStart>(out _))
        {
            if (Deserializer.Deserialize<Dictionary<object, object>?>(parser) is { } document)
                documents.Add(document);
        }
        return documents;
    }

    /// <summary>kubectl kustomize DIR (repository-relative), as objects.</summary>
    public static IReadOnlyList<Dictionary<object, object>> Kustomize(string dir)
    {
        var start = new ProcessStartInfo("kubectl", ["kustomize", Repo.PathOf(dir)]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("kubectl is needed to render the manifests (kubectl kustomize); install it", e);
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"kubectl kustomize {dir} failed: {error.Result}");
            return Documents(output);
        }
    }

    public static object? At(this object? node, params object[] path)
    {
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (Dictionary<object, object> map, string key) => map.GetValueOrDefault(key),
                (List<object> list, int index) => index < list.Count ? list[index] : null,
                _ => null,
            };
        }
        return node;
    }

    public static string? Str(this object? node, params object[] path) => node.At(path)?.ToString();

    public static IEnumerable<object> Items(this object? node, params object[] path) => node.At(path) as List<object> ?? [];

    public static IEnumerable<KeyValuePair<string, string>> Pairs(this object? node, params object[] path) =>
        (node.At(path) as Dictionary<object, object> ?? []).Select(p => new KeyValuePair<string, string>(p.Key.ToString()!, p.Value?.ToString() ?? ""));

    public static string Kind(this Dictionary<object, object> o) => o.Str("kind") ?? "";

    public static string Name(this Dictionary<object, object> o) => o.Str("metadata", "name") ?? "";
}
