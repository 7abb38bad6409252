using Mediazona.Cli;

// mzctl: the suite's command-line client (the commands are listed in Mzctl.cs).
return await Mzctl.Create().Parse(args).InvokeAsync();
