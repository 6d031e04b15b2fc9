using BackendInABox.Generator.Model;
using YamlDotNet.Core;

namespace BackendInABox.Generator.Parsing;

/// <summary>The file a tree was read from, which its nodes' locations name and stay within.</summary>
internal sealed class YamlSource(string path, string text)
{
    public string Path { get; } = path;

    public string Text { get; } = text;

    public LocationInfo Location(Mark start, Mark end) => Locations.FromMarks(Path, Text, start, end);
}
