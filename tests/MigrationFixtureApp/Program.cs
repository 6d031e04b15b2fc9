using System.Reflection;
using BackendInABox;

var path = Environment.GetEnvironmentVariable("BIAB_APP_ASSEMBLY");
if (string.IsNullOrEmpty(path) || !File.Exists(path))
{
    await Console.Error.WriteLineAsync("MigrationFixtureApp: set BIAB_APP_ASSEMBLY to the path of a built app assembly.");
    return 2;
}

var app = Assembly.LoadFrom(path);
return await MigrationHost.RunAsync(args, new MigrationHostOptions { AppAssembly = app });
