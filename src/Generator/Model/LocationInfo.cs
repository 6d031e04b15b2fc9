using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BackendInABox.Generator.Model;

/// <summary>
/// A place in a YAML file, kept as plain data (Roslyn's Location is not equatable across runs).
/// Lines and columns are zero-based, as Roslyn's <see cref="LinePosition"/> is; a build prints them one-based.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public Location ToLocation() =>
        Location.Create(
            FilePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));

    /// <summary>The start of a file, for problems that belong to the whole file.</summary>
    public static LocationInfo FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}
