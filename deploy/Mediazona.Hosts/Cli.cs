namespace Mediazona.Hosts;

/// <summary>
/// What up.sh asks, one answer a line:
///   names                       the hosts in start order
///   ports                       every local port of every host
///   dll NAME                    the host's Release build, relative to the repository
///   health NAME                 its /healthz URL in the local run
///   url NAME PORT [--public-address A]   where a port of a host is reached in the local run
///   table [--public-address A]  every host and where each of its ports listens, for up.sh's summary
///   env NAME --postgres CS --rabbitmq URI --redis HOST:PORT --secret-file F [--public-address A]
///                               its settings in the local run, KEY=VALUE
/// </summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        try
        {
            foreach (var line in Answer(args))
                output.WriteLine(line);
            return 0;
        }
        catch (ArgumentException e)
        {
            errors.WriteLine($"Mediazona.Hosts: {e.Message}");
            return 2;
        }
    }

    static IEnumerable<string> Answer(string[] args) => args switch
    {
        ["names"] => HostCatalog.Hosts.Select(h => h.Name),
        ["ports"] => HostCatalog.Hosts.SelectMany(h => h.Ports.Values.Select(p => p.Local.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ["dll", var name] => [$"{HostCatalog.Named(name).ProjectDirectory}/bin/Release/net10.0/{HostCatalog.Named(name).Assembly}.dll"],
        ["health", var name] => [Local(Options([])).Health(HostCatalog.Named(name)).ToString()],
        ["url", var name, var port, .. var rest] => [Local(Options(rest)).Url(HostCatalog.Named(name), port).ToString().TrimEnd('/')],
        ["table", .. var rest] => Table(Local(Options(rest))),
        ["env", var name, .. var rest] => HostEnvironment.For(HostCatalog.Named(name), Local(Options(rest))).Select(e => $"{e.Key}={e.Value}"),
        _ => throw new ArgumentException("usage: names | ports | dll NAME | health NAME | url NAME PORT | table | env NAME --postgres CS --rabbitmq URI --redis HOST:PORT --secret-file F [--public-address A]"),
    };

    static IEnumerable<string> Table(Placement placement) =>
        HostCatalog.Hosts.Select(h => $"              {h.Name,-15}" + string.Join("   ",
            h.Ports.Keys.Select(p => $"{p} {placement.ListenAddress(h)}:{placement.Port(h, p)}")));

    static Placement Local(IReadOnlyDictionary<string, string> options)
    {
        const string loopback = "127.0.0.1";
        var postgres = options.GetValueOrDefault("--postgres", "");
        return new Placement(loopback, options.GetValueOrDefault("--public-address", loopback), Placement.LocalPorts,
            database => $"{postgres};Database={database}", options.GetValueOrDefault("--rabbitmq", ""),
            options.GetValueOrDefault("--redis", ""),
            options.TryGetValue("--secret-file", out var file) ? File.ReadAllText(file).Trim() : "");
    }

    static Dictionary<string, string> Options(string[] rest)
    {
        if (rest.Length % 2 != 0)
            throw new ArgumentException($"options come in pairs: {string.Join(' ', rest)}");
        var options = new Dictionary<string, string>();
        for (var i = 0; i < rest.Length; i += 2)
            options[rest[i]] = rest[i + 1];
        return options;
    }
}
