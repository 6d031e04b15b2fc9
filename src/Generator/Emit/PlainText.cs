using System.Text;

namespace BackendInABox.Generator.Emit;

/// <summary>Text written as it is: the <c>up:</c>/<c>down:</c> of a migration file.</summary>
internal sealed class PlainText(StringBuilder text) : LiteralText
{
    protected override void Write(string value) => text.Append(value);

    protected override void Write(char c) => text.Append(c);
}
