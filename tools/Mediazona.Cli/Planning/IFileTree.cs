namespace Mediazona.Cli.Planning;

/// <summary>The files an import reads: the disk in mzctl, a dictionary in tests (so the planner stays testable without I/O).</summary>
internal interface IFileTree
{
    bool FileExists(string path);
    bool DirectoryExists(string path);
    /// <summary>Every file under the folder, recursively.</summary>
    IEnumerable<string> FilesUnder(string folder);
    IEnumerable<string> ReadLines(string path);
    byte[] ReadBytes(string path);
}

/// <summary>The real file system.</summary>
internal sealed class DiskFileTree : IFileTree
{
    public bool FileExists(string path) => File.Exists(path);
    public bool DirectoryExists(string path) => Directory.Exists(path);
    public IEnumerable<string> FilesUnder(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories);
    public IEnumerable<string> ReadLines(string path) => File.ReadLines(path);
    public byte[] ReadBytes(string path) => File.ReadAllBytes(path);
}
