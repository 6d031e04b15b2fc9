using System;
using System.Threading;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;

namespace BackendInABox.Generator.Pipeline;

/// <summary>The first step of each half: its kind of input file, read (and checked) through the guard, both steps tracked.</summary>
internal static class ReadStep
{
    public static IncrementalValuesProvider<T> Read<T>(
        this IncrementalValuesProvider<InputFile> files,
        InputFileKind kind,
        (string Files, string Read) trackingNames,
        string what,
        Func<InputFile, CancellationToken, T> read,
        Func<InputFile, DiagnosticInfo, T> failed) =>
        files
            .Where(f => f.Kind == kind)
            .WithTrackingName(trackingNames.Files)
            .Select((file, ct) => Guard.Run(what, file.Path, () => read(file, ct), error => failed(file, error)))
            .WithTrackingName(trackingNames.Read);
}
