using System.Text;
using Mediazona.Cli.Planning;

namespace Mediazona.Cli.Tests;

/// <summary>Files as a dictionary of path → text, with '/' separators; folders are implied by the paths.</summary>
sealed class MemoryFileTree(Dictionary<string, string> files) : IFileTree
{
    public bool FileExists(string path) => files.ContainsKey(path);
    public bool DirectoryExists(string path) => files.Keys.Any(f => f.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal));
    public IEnumerable<string> FilesUnder(string folder) => files.Keys.Where(f => f.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal));
    public IEnumerable<string> ReadLines(string path) => files[path].Split('\n');
    public byte[] ReadBytes(string path) => Encoding.UTF8.GetBytes(files[path]);
}
