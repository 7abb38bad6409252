using System.Globalization;
using Npgsql;

namespace Mediazona.Benchmarks.Suite;

/// <summary>
/// CPU seconds used so far by each host, by the benchmark itself, by the PostgreSQL backends serving ingestion's
/// and statistics' databases (found in pg_stat_activity), by the rest of the environment's PostgreSQL (postmaster,
/// background writers, exited backends, other users' sessions) and by its RabbitMQ: two readings give where the
/// CPU of a run went. Other users of a shared environment count in "the rest" and in RabbitMQ.
/// </summary>
static class CpuAccount
{
    public static async Task<Dictionary<string, double>> ReadAsync(IReadOnlyList<SuiteHost> hosts, Settings settings)
    {
        var seconds = new Dictionary<string, double>();
        foreach (var host in hosts)
            seconds[host.Name] = ProcessStats.Read(host.Pid)?.CpuSeconds ?? double.NaN;
        seconds["benchmark client"] = ProcessStats.Read(Environment.ProcessId)?.CpuSeconds ?? double.NaN;
        var environment = settings.InfraEnvironment;
        var root = OwnSuite.RepositoryRoot();
        var postmasterFile = Path.Combine(root, ".local", environment, "pg", "data", "postmaster.pid");
        if (File.Exists(postmasterFile) && int.TryParse(File.ReadLines(postmasterFile).First(), NumberStyles.None, CultureInfo.InvariantCulture, out var postmaster))
        {
            var databases = await BackendDatabasesAsync(settings);
            double ingestion = 0, statistics = 0, rest = WithReapedChildren(postmaster);
            foreach (var pid in ProcessStats.Children(postmaster))
            {
                var cpu = ProcessStats.Read(pid)?.CpuSeconds ?? 0;
                var database = databases.GetValueOrDefault(pid);
                if (database == settings.IngestionDatabase)
                    ingestion += cpu;
                else if (database == settings.StatisticsDatabase)
                    statistics += cpu;
                else
                    rest += cpu;
            }
            seconds["postgresql: ingestion's database"] = ingestion;
            seconds["postgresql: statistics' database"] = statistics;
            seconds[$"postgresql: the rest ({environment}, shared)"] = rest;
        }
        var rabbitFolder = Path.Combine(root, ".local", environment, "rabbit");
        var rabbit = ProcessStats.Find(cmd => cmd.Contains("beam.smp", StringComparison.Ordinal) && cmd.Contains(rabbitFolder, StringComparison.Ordinal));
        if (rabbit.Count > 0)
            seconds[$"rabbitmq ({environment}, shared)"] = rabbit.Sum(pid => ProcessStats.Read(pid)?.CpuSeconds ?? 0);
        return seconds;
    }

    /// <summary>Backend process id → its database.</summary>
    static async Task<Dictionary<int, string>> BackendDatabasesAsync(Settings settings)
    {
        var map = new Dictionary<int, string>();
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.Postgres) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var select = new NpgsqlCommand("select pid, datname from pg_stat_activity where datname is not null", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                map[reader.GetInt32(0)] = reader.GetString(1);
        }
        catch (NpgsqlException ex)
        {
            Console.Error.WriteLine($"pg_stat_activity not read: {ex.Message}");
        }
        return map;
    }

    /// <summary>utime + stime + cutime + cstime: a backend that exits is added to the postmaster's c-times.</summary>
    static double WithReapedChildren(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Per consumer: CPU seconds between two readings (a backend that started in between counts from zero).</summary>
    public static IReadOnlyList<(string Name, double Seconds)> Difference(Dictionary<string, double> before, Dictionary<string, double> after) =>
        [.. after.Select(a => (a.Key, a.Value - before.GetValueOrDefault(a.Key)))];
}
