using Google.Protobuf;
using Mediazona.Contracts.Cases.V1;

namespace Mediazona.Cli.Planning;

/// <summary>
/// Turns the command line's paths into batches: .html/.htm card pages (given or found recursively in folders) and
/// .ndjson files of structured cases (one CourtCase in protobuf JSON per line). Nothing is derived from file names
/// except that a sibling "&lt;file&gt;.url" gives the page's source URL.
/// </summary>
internal static class ImportPlanner
{
    static readonly JsonParser Json = new(JsonParser.Settings.Default);

    public static ImportPlan Plan(IEnumerable<string> paths, IFileTree files, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var problems = new List<PlanProblem>();
        var cards = new List<CardFile>();
        var cases = new List<CourtCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var path in paths)
        {
            if (files.DirectoryExists(path))
            {
                // Sorted so that two runs over the same folder send the same batches.
                foreach (var file in files.FilesUnder(path).Where(IsCardPage).Order(StringComparer.Ordinal))
                    if (seen.Add(file))
                        cards.Add(Card(file, files));
            }
            else if (!files.FileExists(path))
                problems.Add(new PlanProblem(path, 0, "no such file or folder", Fatal: true));
            else if (!seen.Add(path))
                continue;
            else if (IsCardPage(path))
                cards.Add(Card(path, files));
            else if (HasExtension(path, ".ndjson"))
                cases.AddRange(ReadCases(path, files, problems));
            else
                problems.Add(new PlanProblem(path, 0, "not a card page (.html, .htm) or a case file (.ndjson)", Fatal: true));
        }

        var batches = new List<ImportBatch>();
        foreach (var chunk in cards.Chunk(batchSize))
            batches.Add(new CardBatch(batches.Count + 1, chunk));
        foreach (var chunk in cases.Chunk(batchSize))
            batches.Add(new CaseBatch(batches.Count + 1, chunk));
        return new ImportPlan(batches, problems);
    }

    static bool IsCardPage(string path) => HasExtension(path, ".html") || HasExtension(path, ".htm");

    static bool HasExtension(string path, string extension) =>
        string.Equals(Path.GetExtension(path), extension, StringComparison.OrdinalIgnoreCase);

    static CardFile Card(string path, IFileTree files)
    {
        var urlFile = path + ".url";
        var url = files.FileExists(urlFile)
            ? files.ReadLines(urlFile).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? ""
            : "";
        return new CardFile(path, url);
    }

    static IEnumerable<CourtCase> ReadCases(string path, IFileTree files, List<PlanProblem> problems)
    {
        var number = 0;
        foreach (var line in files.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            CourtCase? parsed = null;
            try
            {
                parsed = Json.Parse<CourtCase>(line);
            }
            catch (InvalidJsonException ex)
            {
                problems.Add(new PlanProblem(path, number, "not JSON: " + ex.Message));
            }
            catch (InvalidProtocolBufferException ex)
            {
                problems.Add(new PlanProblem(path, number, "not a CourtCase: " + ex.Message));
            }
            if (parsed is not null)
                yield return parsed;
        }
    }
}
