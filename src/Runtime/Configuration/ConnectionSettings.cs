using Microsoft.Extensions.Configuration;

namespace BackendInABox.Configuration;

/// <summary>Which connection string to read, and from which configuration.</summary>
/// <param name="Name">The name under ConnectionStrings; "Default" also finds "DefaultConnection" (the ASP.NET Core templates' name).</param>
/// <param name="Configuration">The app's own configuration when the app hosts the call (null: read it as the app would).</param>
internal sealed record ConnectionSettings(string Name = ConnectionSettings.DefaultName, IConfiguration? Configuration = null)
{
    public const string DefaultName = "Default";

    public static ConnectionSettings For(string? name, IConfiguration? configuration = null) =>
        new(string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim(), configuration);
}
