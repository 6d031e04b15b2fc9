using System.Text;

namespace BackendInABox.Generator.Emit;

/// <summary>
/// The arguments of a constructor call, <c>new T(a, b, c)</c>, appended one by one into a <see cref="CodeWriter"/>'s
/// buffer as <see cref="CodeLine"/> appends a line's pieces: the manifest writes such a call for every migration, table,
/// column, index and key of an app, and no argument costs a string of its own.
/// </summary>
internal ref struct ArgumentList
{
    private readonly StringBuilder _text;
    private bool _any;

    private ArgumentList(StringBuilder text, bool any)
    {
        _text = text;
        _any = any;
    }

    /// <summary>Opens <c>new <paramref name="type"/>(</c>; close it with <see cref="End"/>.</summary>
    public static ArgumentList New(StringBuilder text, string type)
    {
        text.Append("new ").Append(type).Append('(');
        return new ArgumentList(text, any: false);
    }

    /// <summary>The arguments after the first, which was written another way (a long literal the writer escaped in place).</summary>
    public static ArgumentList After(StringBuilder text) => new(text, any: true);

    /// <summary>Starts the next argument; its value is appended to the builder returned.</summary>
    public StringBuilder Next()
    {
        if (_any)
        {
            _text.Append(", ");
        }

        _any = true;
        return _text;
    }

    /// <summary>An argument that is code as it is: a number, <c>true</c>.</summary>
    public void Code(string code) => Next().Append(code);

    /// <summary>A string argument: its C# literal, or <c>null</c>.</summary>
    public void Literal(string? value)
    {
        if (value is null)
        {
            Next().Append("null");
        }
        else
        {
            StringLiterals.AppendTo(Next(), value);
        }
    }

    /// <summary>Closes the call; the builder returned takes what follows it.</summary>
    public readonly StringBuilder End() => _text.Append(')');
}
