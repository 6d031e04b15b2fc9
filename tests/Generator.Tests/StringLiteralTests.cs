using BackendInABox.Generator.Emit;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace BackendInABox.Generator.Tests;

/// <summary>The generator's own literal writer gives Roslyn's literal for every character, alone and among plain text.</summary>
public sealed class StringLiteralTests
{
    [Fact]
    public void Every_UTF16_code_unit_is_escaped_as_Roslyn_escapes_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var text in new[] { ((char)c).ToString(), $"a{(char)c}b", $"{(char)c}{(char)c}\"x\\" })
            {
                Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), StringLiterals.Format(text));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("id: 1\ndescription: \"quoted\" \\ path\r\n\ttab")]
    [InlineData("emoji \U0001F600 pair, lone \uD800 high, lone \uDC00 low, pair at end \U0001F600")]
    [InlineData("separators \u2028 \u2029 \u0085 nul \0 bell \a del \u007F")]
    [InlineData("\uD83D")]
    [InlineData("\U000E0001 tag character, a surrogate pair Roslyn escapes")]
    public void Mixed_text_matches_Roslyn(string text)
    {
        Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), StringLiterals.Format(text));
    }

    [Fact]
    public void Random_text_matches_Roslyn()
    {
        var random = new Random(19);
        var alphabet = "ab \"\\\n\r\t\0\u0085\u2028\u00e9\uD83D\uDE00\uDC00\uFFFF\u0301\u200B".ToCharArray();
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(SymbolDisplay.FormatLiteral(text, quote: true), StringLiterals.Format(text));
        }
    }
}
