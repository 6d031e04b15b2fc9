using System;
using System.Collections.Generic;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BackendInABox.Generator.Parsing;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree with locations, iteratively (no recursion on
/// nesting depth), turning every problem into a diagnostic instead of an exception.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>Far beyond any real schema or migration file; bounds memory and time on hostile input.</summary>
    public const int MaxFileLength = 1024 * 1024;

    public const int MaxDepth = 32;

    /// <summary>Room for a model's fields, keys and values, open at once, without growing.</summary>
    private const int PendingCapacity = 64;

    /// <summary>A whole YAML file that must be one mapping with <paramref name="keys"/>, ready to read; null when it is not.</summary>
    public static MappingReader? ReadFile(InputFile file, string kind, string needs, string what, IReadOnlyList<string> keys, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken) =>
        ReadMapping(file, kind, needs, diagnostics, cancellationToken) is { } mapping ? new MappingReader(mapping, what, diagnostics, keys) : null;

    /// <summary>
    /// Reads a file whose document must be a mapping (every schema and migration file), reporting an empty file or a
    /// document of another kind; <paramref name="needs"/> says what the mapping must hold, for those messages.
    /// </summary>
    private static YamlMapping? ReadMapping(InputFile file, string kind, string needs, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        var root = Read(file.Path, file.Text, diagnostics, cancellationToken);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        if (root is null || (root is YamlScalar empty && empty.IsNull))
        {
            diagnostics.Add(diagnostics.Set.FileProblem, LocationInfo.FileStart(file.Path), $"The {kind} file is empty; it needs {needs}.");
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Add(diagnostics.Set.Shape, root.Location, $"A {kind} file must be a mapping with {needs}, not {root.KindName}.");
            return null;
        }

        return mapping;
    }

    public static YamlNode? Read(string path, string text, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        if (text.Length > MaxFileLength)
        {
            diagnostics.Add(diagnostics.Set.FileProblem, LocationInfo.FileStart(path), $"The file is {text.Length / 1024} KB; a file of more than {MaxFileLength / 1024} KB is not read.");
            return null;
        }

        if (text.IndexOf('\0') >= 0)
        {
            diagnostics.Add(diagnostics.Set.FileProblem, LocationInfo.FileStart(path), "The file holds NUL characters: it is not a text file.");
            return null;
        }

        try
        {
            return ReadDocument(path, text, diagnostics, cancellationToken);
        }
        catch (YamlException e)
        {
            var location = e.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstTabIndentation(path, text) is { } tab
                ? tab
                : Locations.FromMarks(path, text, e.Start, e.End);
            diagnostics.Add(diagnostics.Set.Syntax, location, "YAML syntax error: " + Clean(e.Message));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // YamlDotNet can fail on junk with exceptions other than YamlException; a build error is still the answer.
            diagnostics.Add(diagnostics.Set.Syntax, LocationInfo.FileStart(path), "The file could not be read as YAML: " + Clean(e.Message));
            return null;
        }
    }

    private static YamlNode? ReadDocument(string path, string text, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        var scanner = new Scanner(new System.IO.StringReader(text), skipComments: true);
        var parser = new Parser(scanner);
        var source = new YamlSource(path, text);
        var open = new List<OpenCollection>();
        var pending = new List<YamlNode>(PendingCapacity);
        YamlNode? root = null;
        var documents = 0;

        bool? more;
        while ((more = MoveNext(parser, scanner, open, path, text, diagnostics)) == true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = parser.Current!;
            switch (current)
            {
                case DocumentStart start when !start.IsImplicit || documents > 0:
                    documents++;
                    if (documents > 1)
                    {
                        diagnostics.Add(diagnostics.Set.Shape, Locations.FromMarks(path, text, start.Start, start.End), "The file holds more than one YAML document; put one model or migration per file.");
                        return null;
                    }

                    break;
                case DocumentStart:
                    documents++;
                    break;
                case AnchorAlias alias:
                    diagnostics.Add(diagnostics.Set.Shape, Locations.FromMarks(path, text, alias.Start, alias.End), "YAML aliases (*name) are not supported here; write the value out.");
                    return null;
                case NodeEvent node when !node.Anchor.IsEmpty:
                    diagnostics.Add(diagnostics.Set.Shape, Locations.FromMarks(path, text, node.Start, node.End), "YAML anchors (&name) are not supported here; write the value out.");
                    return null;
                case Scalar scalar:
                    if (!Attach(open, pending, new YamlScalar(source, scalar), ref root, diagnostics))
                    {
                        return null;
                    }

                    break;
                case SequenceStart:
                case MappingStart:
                    if (open.Count >= MaxDepth)
                    {
                        diagnostics.Add(diagnostics.Set.Shape, Locations.FromMarks(path, text, current.Start, current.End), $"The YAML is nested more than {MaxDepth} levels deep.");
                        return null;
                    }

                    open.Add(new OpenCollection(current, pending.Count));
                    break;
                case SequenceEnd:
                case MappingEnd:
                    {
                        var collection = open[open.Count - 1];
                        open.RemoveAt(open.Count - 1);
                        if (!Attach(open, pending, collection.Close(source, current, pending), ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                    }
            }
        }

        return more is null ? null : root;
    }

    /// <summary>
    /// The next event; false at the end, null after reporting a syntax error. Some broken input (an unclosed
    /// <c>{</c> followed by more keys) makes YamlDotNet throw InvalidOperationException instead of a YamlException;
    /// that is still a syntax error, at the position the scanner reached, explained by the collection left open.
    /// </summary>
    private static bool? MoveNext(Parser parser, Scanner scanner, List<OpenCollection> open, string path, string text, FileDiagnostics diagnostics)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            var at = scanner.CurrentPosition;
            var message = OpenFlow(open) is { } flow
                ? $"the '{Opening(flow)}' opened at line {flow.Start.Line}, column {flow.Start.Column} is not closed before line {at.Line}; add the missing '{Closing(flow)}'."
                : $"the YAML cannot be read past line {at.Line}, column {at.Column}; check the indentation and punctuation there and on the line before.";
            diagnostics.Add(diagnostics.Set.Syntax, Locations.FromMarks(path, text, at, at), "YAML syntax error: " + message);
            return null;
        }
        catch (YamlException e) when (OpenFlow(open) is { } flow)
        {
            diagnostics.Add(
                diagnostics.Set.Syntax,
                Locations.FromMarks(path, text, e.Start, e.End),
                $"YAML syntax error: {Clean(e.Message).TrimEnd('.')}; the '{Opening(flow)}' opened at line {flow.Start.Line}, column {flow.Start.Column} is still open.");
            return null;
        }
    }

    /// <summary>The innermost flow collection still open.</summary>
    private static OpenCollection? OpenFlow(List<OpenCollection> open)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i].IsFlow)
            {
                return open[i];
            }
        }

        return null;
    }

    private static char Opening(OpenCollection open) => open.IsSequence ? '[' : '{';

    private static char Closing(OpenCollection open) => open.IsSequence ? ']' : '}';

    private static bool Attach(List<OpenCollection> open, List<YamlNode> pending, YamlNode node, ref YamlNode? root, FileDiagnostics diagnostics)
    {
        if (open.Count == 0)
        {
            root = node;
            return true;
        }

        var parent = open[open.Count - 1];
        if (parent.WantsKey(pending))
        {
            if (node is not YamlScalar key)
            {
                diagnostics.Add(diagnostics.Set.Shape, node.Location, "A mapping key must be a plain name, not " + node.KindName + ".");
                return false;
            }

            for (var i = parent.First; i < pending.Count; i += 2)
            {
                if (((YamlScalar)pending[i]).Value == key.Value)
                {
                    diagnostics.Add(diagnostics.Set.Shape, key.Location, $"The key '{Wording.Shorten(key.Value)}' appears twice in the same mapping.");
                    return false;
                }
            }
        }

        pending.Add(node);
        return true;
    }

    /// <summary>YamlDotNet reports a tab in indentation at the start of the enclosing mapping; point at the tab instead.</summary>
    private static LocationInfo? FirstTabIndentation(string path, string text)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (text[i] == '\t' && text.Substring(lineStart, i - lineStart).Trim(' ').Length == 0)
            {
                return new LocationInfo(path, i, 1, line, i - lineStart, line, i - lineStart + 1);
            }
            else if (text[i] != ' ')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                i--;
            }
        }

        return null;
    }

    private static string Clean(string message) => Wording.Shorten(message.Replace("\r", " ").Replace("\n", " "), 200);
}
