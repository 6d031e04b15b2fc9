using BackendInABox.Package.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace BackendInABox.Package.Tests.Docker;

/// <summary>There is no Docker engine here: these check docker-compose.yml and the Dockerfile as files.</summary>
public sealed class DockerComposeTests
{
    private readonly YamlMappingNode _compose = Load(Repository.PathOf("docker-compose.yml"));

    [Fact]
    public void Compose_has_exactly_a_db_and_an_api_service()
    {
        Assert.Equal(["api", "db"], Services.Children.Keys.Select(Text).Order());
    }

    [Fact]
    public void Db_is_postgres_16_with_a_pg_isready_healthcheck_and_a_named_volume()
    {
        var db = Service("db");
        Assert.Equal("postgres:16", Scalar(db, "image"));

        var test = Map(db, "healthcheck").Children[new YamlScalarNode("test")];
        var command = test is YamlSequenceNode sequence ? string.Join(' ', sequence.Children.Select(Text)) : Text(test);
        Assert.Contains("pg_isready", command);

        var mount = Assert.Single(Seq(db, "volumes").Children.Select(Text));
        var volume = mount.Split(':')[0];
        Assert.Equal("/var/lib/postgresql/data", mount.Split(':')[1]);
        Assert.Contains(volume, Map(_compose, "volumes").Children.Keys.Select(Text));
    }

    [Fact]
    public void Api_starts_after_a_healthy_db_and_reaches_it_through_DATABASE_URL()
    {
        var api = Service("api");
        Assert.Equal("service_healthy", Scalar(Map(Map(api, "depends_on"), "db"), "condition"));

        var url = new Uri(Scalar(Map(api, "environment"), "DATABASE_URL"));
        var db = Map(Service("db"), "environment");
        Assert.Equal("postgres", url.Scheme);
        Assert.Equal("db", url.Host);
        Assert.Equal(5432, url.Port);
        Assert.Equal($"{Scalar(db, "POSTGRES_USER")}:{Scalar(db, "POSTGRES_PASSWORD")}", url.UserInfo);
        Assert.Equal("/" + Scalar(db, "POSTGRES_DB"), url.AbsolutePath);
    }

    [Fact]
    public void Api_is_built_by_a_multi_stage_dockerfile_from_the_sdk_to_the_runtime_image_with_the_entrypoint()
    {
        var build = Map(Service("api"), "build");
        var context = Path.GetFullPath(Path.Combine(Repository.Root, Scalar(build, "context")));
        var dockerfile = File.ReadAllLines(Path.Combine(context, Scalar(build, "dockerfile")));

        var stages = dockerfile.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, stages.Count);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 ", stages[0]);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/runtime:10.0", stages[1]);
        Assert.Contains(dockerfile, l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal) && l.Contains("biab-entrypoint"));
        Assert.Contains("COPY docker/entrypoint.sh /usr/local/bin/biab-entrypoint", dockerfile);

        // Every file or folder the build copies from the context must exist, or `docker build` fails.
        var sources = dockerfile
            .Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]);
        Assert.All(sources, s => Assert.True(
            File.Exists(Path.Combine(context, s)) || Directory.Exists(Path.Combine(context, s)), $"COPY source {s} is missing"));
    }

    [Fact]
    public void The_runtime_image_has_pg_dump_so_BIAB_BACKUP_DIR_can_back_up_before_a_run_that_loses_data()
    {
        var dockerfile = File.ReadAllLines(Repository.PathOf("src/SampleApp/Dockerfile"));
        var final = Array.FindIndex(dockerfile, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/runtime:10.0", StringComparison.Ordinal));
        var user = Array.FindIndex(dockerfile, l => l.StartsWith("USER ", StringComparison.Ordinal));
        var install = Array.FindIndex(dockerfile, l => l.Contains("apt-get install", StringComparison.Ordinal) && l.Contains("postgresql-client", StringComparison.Ordinal));

        Assert.True(final >= 0 && install > final, "postgresql-client is installed in the runtime stage.");
        Assert.True(install < user, "The install runs as root, before the image switches to the app's user.");
        Assert.Contains(dockerfile, l => l.Contains("apt-get update", StringComparison.Ordinal));
    }

    private YamlMappingNode Services => Map(_compose, "services");

    private YamlMappingNode Service(string name) => Map(Services, name);

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => Assert.IsType<YamlMappingNode>(Child(node, key));

    private static YamlSequenceNode Seq(YamlMappingNode node, string key) => Assert.IsType<YamlSequenceNode>(Child(node, key));

    private static string Scalar(YamlMappingNode node, string key) => Text(Child(node, key));

    private static YamlNode Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : throw new Xunit.Sdk.XunitException($"missing key `{key}`");

    private static string Text(YamlNode node) => Assert.IsType<YamlScalarNode>(node).Value!;
}
