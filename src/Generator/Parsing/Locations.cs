using System;
using BackendInABox.Generator.Model;
using YamlDotNet.Core;

namespace BackendInABox.Generator.Parsing;

/// <summary>Converts YamlDotNet's one-based marks into the zero-based <see cref="LocationInfo"/> Roslyn reports.</summary>
internal static class Locations
{
    public static LocationInfo FromMarks(string path, string text, Mark start, Mark end)
    {
        var startLine = Math.Max(0, (int)start.Line - 1);
        var startColumn = Math.Max(0, (int)start.Column - 1);
        var endLine = Math.Max(startLine, (int)end.Line - 1);
        var endColumn = endLine == startLine ? Math.Max(startColumn, (int)end.Column - 1) : Math.Max(0, (int)end.Column - 1);
        var startIndex = (int)Math.Min(Math.Max(0, start.Index), text.Length);
        var endIndex = (int)Math.Min(Math.Max(startIndex, end.Index), text.Length);
        return new LocationInfo(path, startIndex, endIndex - startIndex, startLine, startColumn, endLine, endColumn);
    }
}
