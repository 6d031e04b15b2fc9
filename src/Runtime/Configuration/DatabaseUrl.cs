using Npgsql;

namespace BackendInABox.Configuration;

/// <summary>
/// DATABASE_URL as docker and hosting platforms write it: postgres://user:password@host:port/database?sslmode=require.
/// </summary>
internal static class DatabaseUrl
{
    public static bool IsUrl(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static string ToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new UserError("The database URL is not valid.", "Expected postgres://user:password@host:port/database.", exitCode: 2);
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : "postgres",
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            switch (key.ToLowerInvariant())
            {
                case "sslmode":
                    builder.SslMode = Enum.TryParse<SslMode>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var mode)
                        ? mode
                        : throw new UserError($"The database URL has an unknown sslmode '{value}'.", exitCode: 2);
                    break;
                case "connect_timeout":
                    builder.Timeout = int.TryParse(value, out var timeout) ? timeout : builder.Timeout;
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
            }
        }

        return builder.ConnectionString;
    }
}
