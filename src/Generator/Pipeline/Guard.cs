using System;
using System.Text;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace BackendInABox.Generator.Pipeline;

/// <summary>
/// Every pipeline step runs through here. An exception escaping a generator drops all of its output and shows only
/// as warning CS8785; a bug in one step must instead become one error (BIAB900) and leave everything else generated.
/// </summary>
internal static class Guard
{
    public static T Run<T>(string what, string? file, Func<T> step, Func<DiagnosticInfo, T> fallback)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return fallback(Error(what, file, e));
        }
    }

    public static DiagnosticInfo Error(string what, string? file, Exception e) =>
        new(
            Descriptors.InternalError,
            file is null ? null : LocationInfo.FileStart(file),
            $"Backend-in-a-Box failed while {what} ({e.GetType().Name}: {e.Message}). The rest of the output was generated; please report this with the file that caused it.");

    public static void Add(SourceProductionContext context, GeneratedSource source)
    {
        if (source.Error is { } error)
        {
            context.ReportDiagnostic(error.ToDiagnostic());
        }
        else
        {
            context.AddSource(source.HintName, Text(source.Text));
        }
    }

    /// <summary>A text of one chunk as Roslyn wraps a string; a longer one read where its chunks are, never concatenated into one string.</summary>
    private static SourceText Text(GeneratedText text) => text.Chunks.Count == 1
        ? SourceText.From(text.Chunks[0], Encoding.UTF8)
        : new ChunkedSourceText(text);
}
