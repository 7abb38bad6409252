using Mediazona.Gateway;

await GatewayApp.Build(args).RunAsync();
