using System.Text;
using Microsoft.Extensions.Logging;

namespace BackendInABox.Hosting;

/// <summary>The runner's output lines as log entries, each line kept for the exception a failed start-up throws.</summary>
internal sealed class LoggerWriter(ILogger logger, LogLevel level) : TextWriter
{
    private readonly StringBuilder _line = new();

    public List<string> Lines { get; } = [];

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            Flush();
        }
        else if (value != '\r')
        {
            _line.Append(value);
        }
    }

    public override void Flush()
    {
        if (_line.Length == 0)
        {
            return;
        }

        var line = _line.ToString();
        _line.Clear();
        Lines.Add(line);
#pragma warning disable CA1848, CA2254 // the runner's lines are the message: no template to cache
        logger.Log(level, line);
#pragma warning restore CA1848, CA2254
    }
}
