using BackendInABox;
using SampleApp;

if (args is ["migrate", ..])
{
    return await MigrationHost.RunAsync(args);
}

return await Demo.RunAsync();
