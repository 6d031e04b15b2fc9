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
        var stack = new Stack<Builder>();
        YamlNode? root = null;
        var documents = 0;

        bool? more;
        while ((more = MoveNext(parser, scanner, stack, path, text, diagnostics)) == true)
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
                    {
                        var node = new YamlScalar(Locations.FromMarks(path, text, scalar.Start, scalar.End), scalar.Value, scalar.Style == ScalarStyle.Plain);
                        if (!Attach(stack, node, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                    }

                case SequenceStart:
                case MappingStart:
                    if (stack.Count >= MaxDepth)
                    {
                        diagnostics.Add(diagnostics.Set.Shape, Locations.FromMarks(path, text, current.Start, current.End), $"The YAML is nested more than {MaxDepth} levels deep.");
                        return null;
                    }

                    var flow = current is SequenceStart { Style: SequenceStyle.Flow } || current is MappingStart { Style: MappingStyle.Flow };
                    stack.Push(new Builder(current is SequenceStart, flow, current.Start));
                    break;
                case SequenceEnd:
                case MappingEnd:
                    {
                        var builder = stack.Pop();
                        var node = builder.Build(Locations.FromMarks(path, text, builder.Start, current.End));
                        if (!Attach(stack, node, ref root, diagnostics))
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
    private static bool? MoveNext(Parser parser, Scanner scanner, Stack<Builder> stack, string path, string text, FileDiagnostics diagnostics)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            var at = scanner.CurrentPosition;
            var message = OpenFlow(stack) is { } open
                ? $"the '{Opening(open)}' opened at line {open.Start.Line}, column {open.Start.Column} is not closed before line {at.Line}; add the missing '{Closing(open)}'."
                : $"the YAML cannot be read past line {at.Line}, column {at.Column}; check the indentation and punctuation there and on the line before.";
            diagnostics.Add(diagnostics.Set.Syntax, Locations.FromMarks(path, text, at, at), "YAML syntax error: " + message);
            return null;
        }
        catch (YamlException e) when (OpenFlow(stack) is { } open)
        {
            diagnostics.Add(
                diagnostics.Set.Syntax,
                Locations.FromMarks(path, text, e.Start, e.End),
                $"YAML syntax error: {Clean(e.Message).TrimEnd('.')}; the '{Opening(open)}' opened at line {open.Start.Line}, column {open.Start.Column} is still open.");
            return null;
        }
    }

    private static Builder? OpenFlow(Stack<Builder> stack)
    {
        foreach (var open in stack)
        {
            if (open.IsFlow)
            {
                return open;
            }
        }

        return null;
    }

    private static char Opening(Builder open) => open.IsSequence ? '[' : '{';

    private static char Closing(Builder open) => open.IsSequence ? ']' : '}';

    private static bool Attach(Stack<Builder> stack, YamlNode node, ref YamlNode? root, FileDiagnostics diagnostics)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }

        var parent = stack.Peek();
        if (parent.IsSequence)
        {
            parent.Items.Add(node);
            return true;
        }

        if (parent.PendingKey is null)
        {
            if (node is not YamlScalar key)
            {
                diagnostics.Add(diagnostics.Set.Shape, node.Location, "A mapping key must be a plain name, not " + node.KindName + ".");
                return false;
            }

            foreach (var entry in parent.Entries)
            {
                if (entry.Key.Value == key.Value)
                {
                    diagnostics.Add(diagnostics.Set.Shape, key.Location, $"The key '{Wording.Shorten(key.Value)}' appears twice in the same mapping.");
                    return false;
                }
            }

            parent.PendingKey = key;
            return true;
        }

        parent.Entries.Add(new KeyValuePair<YamlScalar, YamlNode>(parent.PendingKey, node));
        parent.PendingKey = null;
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

    private sealed class Builder(bool isSequence, bool isFlow, Mark start)
    {
        public bool IsSequence { get; } = isSequence;

        public bool IsFlow { get; } = isFlow;

        public Mark Start { get; } = start;

        private List<YamlNode>? _items;
        private List<KeyValuePair<YamlScalar, YamlNode>>? _entries;

        /// <summary>Made on first use: a collection needs only one of the two lists, and an empty one neither.</summary>
        public List<YamlNode> Items => _items ??= new();

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries => _entries ??= new();

        public YamlScalar? PendingKey { get; set; }

        public YamlNode Build(LocationInfo location) =>
            IsSequence ? new YamlSequence(location, Items) : new YamlMapping(location, Entries);
    }
}
