using System.Reflection;

namespace BackendInABox.Configuration;

/// <summary>
/// The folder the default SQLite file, relative SQLite paths and appsettings.json are found in, decided at run time:
/// the project folder when the app runs from a build output under it (`dotnet run`), else the app's own folder
/// (a published app, wherever it was copied), because the project folder baked in at build time may be gone or belong
/// to another machine.
/// </summary>
/// <param name="AppDirectory">The folder the app's assembly was loaded from.</param>
internal sealed record ContentRoot(string Directory, string AppDirectory, bool IsProjectFolder)
{
    public string Describe() => IsProjectFolder ? "in the project folder" : "beside the app";

    public static ContentRoot For(Assembly? app, string projectDirectory)
    {
        var appDirectory = Normalize(app is not null && AssemblyFile.PathOf(app) is { } file ? Path.GetDirectoryName(file)! : AppContext.BaseDirectory);
        if (projectDirectory.Length > 0 && System.IO.Directory.Exists(projectDirectory))
        {
            var project = Normalize(projectDirectory);
            var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (appDirectory.StartsWith(project + Path.DirectorySeparatorChar, comparison) || appDirectory.Equals(project, comparison))
            {
                return new ContentRoot(project, appDirectory, IsProjectFolder: true);
            }
        }

        return new ContentRoot(appDirectory, appDirectory, IsProjectFolder: false);
    }

    private static string Normalize(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
}
