using Mediazona.Cli.Planning;

namespace Mediazona.Cli.Tests;

public class ImportPlannerTests
{
    static ImportPlan Plan(Dictionary<string, string> files, int batchSize, params string[] paths) =>
        ImportPlanner.Plan(paths, new MemoryFileTree(files), batchSize);

    static string[] CardPaths(ImportPlan plan) => plan.Batches.OfType<CardBatch>().SelectMany(b => b.Cards).Select(c => c.Path).ToArray();

    [Fact]
    public void A_folder_gives_its_html_and_htm_pages_recursively_in_order_and_nothing_else()
    {
        var plan = Plan(new()
        {
            ["cards/b.html"] = "<html>",
            ["cards/a.HTM"] = "<html>",
            ["cards/sub/deep/c.htm"] = "<html>",
            ["cards/a.HTM.url"] = "https://x.sudrf.ru/a",
            ["cards/notes.txt"] = "no",
            ["cards/garbage.bin"] = "no",
            ["cards/cases.ndjson"] = "{}",
            ["elsewhere/d.html"] = "<html>",
        }, 200, "cards");

        Assert.Equal(["cards/a.HTM", "cards/b.html", "cards/sub/deep/c.htm"], CardPaths(plan));
        Assert.Empty(plan.Problems);
    }

    [Fact]
    public void A_sibling_url_file_gives_the_source_url_and_nothing_else_comes_from_the_name()
    {
        var plan = Plan(new()
        {
            ["p/46GV0001-card.html"] = "<html>",
            ["p/46GV0001-card.html.url"] = "\n  https://kursky-gvs.krs.sudrf.ru/modules.php?case_id=1  \n",
            ["p/other.html"] = "<html>",
        }, 200, "p");

        var cards = plan.Batches.OfType<CardBatch>().Single().Cards;
        Assert.Equal([new CardFile("p/46GV0001-card.html", "https://kursky-gvs.krs.sudrf.ru/modules.php?case_id=1"), new CardFile("p/other.html", "")], cards);
    }

    [Fact]
    public void Records_are_cut_into_batches_of_the_given_size_cards_first_then_cases()
    {
        var files = new Dictionary<string, string> { ["c.ndjson"] = """{"caseNumber":"1-1/2023"}""" + "\n" + """{"caseNumber":"1-2/2023"}""" };
        for (var i = 0; i < 5; i++)
            files[$"f/{i}.html"] = "<html>";

        var plan = Plan(files, 2, "c.ndjson", "f");

        Assert.Equal([(1, "cards", 2), (2, "cards", 2), (3, "cards", 1), (4, "cases", 2)], plan.Batches.Select(b => (b.Number, b.Kind, b.Count)));
        Assert.Equal(7, plan.Records);
    }

    [Fact]
    public void A_file_given_twice_or_also_inside_a_given_folder_is_sent_once()
    {
        var plan = Plan(new() { ["f/a.html"] = "<html>", ["f/b.html"] = "<html>" }, 200, "f/a.html", "f", "f/a.html");
        Assert.Equal(["f/a.html", "f/b.html"], CardPaths(plan));
    }

    [Fact]
    public void Ndjson_lines_become_cases_and_blank_lines_are_skipped()
    {
        var plan = Plan(new()
        {
            ["cases.ndjson"] = """{"court":{"code":"46GV0001"},"caseNumber":"1-45/2023","entryDate":"2023-02-10"}""" + "\n\n" +
                               """{"caseNumber":"1-46/2023","defendants":[{"name":"Иванов И.И."}]}""" + "\r\n",
        }, 200, "cases.ndjson");

        var cases = plan.Batches.OfType<CaseBatch>().Single().Cases;
        Assert.Equal(["1-45/2023", "1-46/2023"], cases.Select(c => c.CaseNumber));
        Assert.Equal(("46GV0001", "2023-02-10", "Иванов И.И."), (cases[0].Court.Code, cases[0].EntryDate, cases[1].Defendants.Single().Name));
        Assert.Empty(plan.Problems);
    }

    [Fact]
    public void Ndjson_parse_errors_are_reported_with_their_line_numbers_and_the_good_lines_kept()
    {
        var plan = Plan(new()
        {
            ["cases.ndjson"] = string.Join('\n',
                """{"caseNumber":"1-1/2023"}""",
                """{"caseNumber": """,
                "",
                """{"noSuchField":1}""",
                """{"caseNumber":"1-4/2023"}""",
                "not json at all"),
        }, 200, "cases.ndjson");

        Assert.Equal(["1-1/2023", "1-4/2023"], plan.Batches.OfType<CaseBatch>().Single().Cases.Select(c => c.CaseNumber));
        Assert.Equal([2, 4, 6], plan.Problems.Select(p => p.Line));
        Assert.All(plan.Problems, p => Assert.Equal("cases.ndjson", p.Path));
        Assert.All(plan.Problems, p => Assert.False(p.Fatal));
        Assert.StartsWith("cases.ndjson:4: ", plan.Problems[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_or_an_unsupported_file_is_a_fatal_problem()
    {
        var plan = Plan(new() { ["notes.txt"] = "x", ["ok.html"] = "<html>" }, 200, "missing", "notes.txt", "ok.html");

        Assert.Equal([("missing", true), ("notes.txt", true)], plan.Problems.Select(p => (p.Path, p.Fatal)));
        Assert.True(plan.HasFatalProblems);
        Assert.Equal(["ok.html"], CardPaths(plan));
    }

    [Fact]
    public void An_empty_folder_plans_nothing()
    {
        var plan = Plan(new() { ["f/readme.md"] = "x" }, 200, "f");
        Assert.Empty(plan.Batches);
        Assert.Empty(plan.Problems);
    }
}
