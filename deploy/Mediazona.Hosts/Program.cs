using Mediazona.Hosts;

// deploy/local/up.sh's view of hosts.json (see Cli.cs for the commands).
return Cli.Run(args, Console.Out, Console.Error);
