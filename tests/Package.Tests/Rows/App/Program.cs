using BackendInABox;
using RowsApp;

if (args is ["migrate", ..])
{
    return await MigrationHost.RunAsync(args);
}

// rows <postgres|sqlite> <connection string>
return await Scenario.RunAsync(args[1], args[2]);
