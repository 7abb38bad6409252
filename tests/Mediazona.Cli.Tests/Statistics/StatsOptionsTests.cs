using System.CommandLine;
using Google.Protobuf;
using Mediazona.Cli.Output;
using Mediazona.Cli.Statistics;
using Mediazona.Contracts.Cases.V1;
using Mediazona.Contracts.Statistics.V1;

namespace Mediazona.Cli.Tests.Statistics;

public class StatsOptionsTests
{
    static readonly DateOnly Today = new(2024, 5, 6);

    static (StatsOptions Options, ParseResult Parse) Parse(string line)
    {
        var options = new StatsOptions();
        var command = new RootCommand();
        options.AddTo(command);
        return (options, command.Parse(line));
    }

    static StatsFilter Filter(string line, DateOnly? defaultAsOf = null)
    {
        var (options, parse) = Parse(line);
        Assert.Empty(parse.Errors);
        return options.Read(parse, defaultAsOf ?? Today);
    }

    static string Errors(string line) => string.Join("\n", Mzctl.Create().Parse(line).Errors.Select(e => e.Message));

    [Fact]
    public void Every_filter_the_requests_offer_is_read()
    {
        var filter = Filter("--as-of 2023-04-03 --court 46GV0001 --court 35GV0002 --article 337 --part 5 --category awol " +
            "--entry-from 2023-01-01 --entry-to 2023-03-31 --all-cases --stage attempt");

        Assert.Equal(new DateOnly(2023, 4, 3), filter.AsOf);
        Assert.Equal(["46GV0001", "35GV0002"], filter.Courts);
        Assert.Equal(("337", "5", Category.Awol), (filter.Article, filter.Part, filter.Category));
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 3, 31)), (filter.EntryFrom!.Value, filter.EntryTo!.Value));
        Assert.True(filter.AllCases);
        Assert.Equal(OffenceStage.Attempt, filter.Stage);
    }

    [Fact]
    public void A_district_given_with_court_is_read_as_its_courts()
    {
        var filter = Filter("--court 77OV0000 --court 46GV0001");
        Assert.Equal([.. Mediazona.Courts.Registry.CourtRegistry.Current.InDistrict("77OV0000").Select(c => c.Code), "46GV0001"], filter.Courts);
        Assert.Contains("77GV0020", filter.Courts);
    }

    [Fact]
    public void Without_options_nothing_is_filtered_as_of_the_given_default_and_the_format_is_a_table()
    {
        var (options, parse) = Parse("");

        var filter = options.Read(parse, Today);

        Assert.Equal((Today, 0, null, null, Category.Unspecified, null, null, false),
            (filter.AsOf, filter.Courts.Count, filter.Article, filter.Part, filter.Category, filter.EntryFrom, filter.EntryTo, filter.AllCases));
        Assert.Null(options.Read(parse, defaultAsOf: null).AsOf);
        Assert.Equal(OutputFormat.Table, parse.GetValue(options.Format));
    }

    [Theory]
    [InlineData("awol", Category.Awol)]
    [InlineData("AWOL", Category.Awol)]
    [InlineData("CATEGORY_DESERTION", Category.Desertion)]
    [InlineData("resistance-to-superior", Category.ResistanceToSuperior)]
    [InlineData("non_military", Category.NonMilitary)]
    public void A_category_is_named_as_in_the_proto_without_its_prefix_in_any_case(string name, Category category) =>
        Assert.Equal(category, Filter("--category " + name).Category);

    [Theory]
    [InlineData("--category foo", "--category must be one of disobedience,")]
    [InlineData("--category 5", "--category must be one of")]
    [InlineData("--category unspecified", "--category must be one of")]
    [InlineData("--stage completed", "--stage must be one of preparation, attempt, unfinished, not 'completed'")]
    [InlineData("--as-of 2023-02-30", "--as-of must be a date YYYY-MM-DD, not '2023-02-30'")]
    [InlineData("--entry-from 03.04.2023", "--entry-from must be a date")]
    [InlineData("--entry-to tomorrow", "--entry-to must be a date")]
    [InlineData("--format xml", "--format must be table, json or csv, not 'xml'")]
    [InlineData("--format 2", "--format must be table, json or csv")]
    public void Bad_values_are_refused_naming_the_option(string arguments, string error)
    {
        var (_, parse) = Parse(arguments);
        Assert.Contains(error, string.Join("\n", parse.Errors.Select(e => e.Message)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json", nameof(OutputFormat.Json))]
    [InlineData("CSV", nameof(OutputFormat.Csv))]
    [InlineData("table", nameof(OutputFormat.Table))]
    public void The_format_is_read_in_any_case(string text, string format)
    {
        var (options, parse) = Parse("--format " + text);
        Assert.Empty(parse.Errors);
        Assert.Equal(format, parse.GetValue(options.Format).ToString());
    }

    [Theory]
    [InlineData("stats summary")]
    [InlineData("stats monthly --court 46GV0001 --format csv")]
    [InlineData("stats articles --article 337 --gateway http://gw:8081 --api-key k")]
    [InlineData("--gateway http://gw:8081 stats sentences --article 337 --part 5")]
    [InlineData("stats courts --all-cases")]
    [InlineData("stats transparency --as-of 2023-04-03 --format json")]
    [InlineData("stats cases --page-size 1000 --page-token abc --all")]
    [InlineData("watch --court 46GV0001 --format json")]
    [InlineData("import cards --batch 10 --gateway https://mz.example.org")]
    public void Every_command_parses_with_its_options_and_the_gateway_options_anywhere(string line) => Assert.Equal("", Errors(line));

    [Theory]
    [InlineData("stats cases --page-size 0", "--page-size must be between 1 and 1000")]
    [InlineData("stats cases --page-size 1001", "--page-size must be between 1 and 1000")]
    [InlineData("stats summary --gateway ftp://x", "--gateway must be an http:// or https:// address")]
    [InlineData("stats summary --all", "--all")]
    [InlineData("stats everything", "everything")]
    public void Bad_command_lines_are_refused(string line, string error) => Assert.Contains(error, Errors(line), StringComparison.Ordinal);

    [Fact]
    public void Every_statistics_request_carries_the_filters_as_the_summary_request_does()
    {
        var filter = Filter("--as-of 2023-04-03 --court 46GV0001 --court 35GV0002 --article 337 --part 5 --category awol " +
            "--entry-from 2023-01-01 --entry-to 2023-03-31 --all-cases --stage attempt");
        var formatter = new JsonFormatter(JsonFormatter.Settings.Default);
        var summary = formatter.Format(filter.ToSummaryRequest());

        Assert.Equal("""{ "asOf": "2023-04-03", "courtCodes": [ "46GV0001", "35GV0002" ], "article": "337", "part": "5", "category": "CATEGORY_AWOL", "entryFrom": "2023-01-01", "entryTo": "2023-03-31", "allCases": true, "stage": "OFFENCE_STAGE_ATTEMPT" }""",
            summary);
        Assert.All(new IMessage[]
        {
            filter.To<WatchSummaryRequest>(), filter.To<GetMonthlyIntakeRequest>(), filter.To<GetArticleBreakdownRequest>(),
            filter.To<GetSentenceStatsRequest>(), filter.To<GetCourtBreakdownRequest>(), filter.To<GetTransparencyRequest>(), filter.To<ListCasesRequest>(),
        }, request => Assert.Equal(summary, formatter.Format(request)));
    }
}
