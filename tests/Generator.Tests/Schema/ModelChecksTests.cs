using System.Globalization;
using BackendInABox.Generator.Tests.Infrastructure;
using Xunit;

namespace BackendInABox.Generator.Tests.Schema;

/// <summary>
/// The checks of a model as a whole (table name, primary key, indexes) report every problem of a file, each once, at
/// its line and column and in source order, whichever stage finds it.
/// </summary>
public sealed class ModelChecksTests
{
    private const string Yaml =
        "name: Bad\n" +
        "table: 'se\"lect'\n" +
        "fields:\n" +
        "  id: { type: uuid, primary: true }\n" +
        "  code: { type: uuid, primary: true }\n" +
        "  email: { type: string }\n" +
        "indexes:\n" +
        "  - { fields: [] }\n" +
        "  - { fields: [email, email] }\n" +
        "  - { fields: [emial], unique: maybe }\n" +
        "  - { fields: [email], name: \"or\\Lder\" }\n" +
        "  - { fields: [email], name: by_email }\n" +
        "  - { fields: [id], name: by_email }\n" +
        "  - [email]\n";

    [Fact]
    public void Every_problem_of_a_model_is_reported_once_at_its_place_in_source_order()
    {
        var run = new GeneratorHarness().WithSchema("bad.yaml", Yaml).Run();

        Assert.Null(run.Exception);
        var reported = run.BiabDiagnostics.Select(d =>
        {
            var start = d.Location.GetLineSpan().StartLinePosition;
            return $"{d.Id} {start.Line + 1}:{start.Character + 1} {d.GetMessage(CultureInfo.InvariantCulture)}";
        });
        Assert.Equal(
            new[]
            {
                "BIAB040 2:8 The table name 'se\"lect' of model Bad cannot be a database name: it contains a double quote (\").",
                "BIAB014 5:3 Model Bad marks 2 fields as primary (id, code); composite keys are not supported, use one key and a unique index.",
                "BIAB015 8:5 An index of model Bad lists no fields.",
                "BIAB015 9:23 An index of model Bad lists field 'email' twice.",
                "BIAB015 10:16 An index of model Bad names the unknown field 'emial'.",
                "BIAB010 10:32 'unique' of an index of model Bad must be true or false, not 'maybe'.",
                "BIAB040 11:30 The index name 'or\\u2028der' of model Bad cannot be a database name: it contains the invisible character U+2028; use visible characters.",
                "BIAB015 13:27 Two indexes of model Bad are both named 'by_email'.",
                "BIAB002 14:5 Each index of model Bad must be a mapping such as { fields: [email] }, not a list.",
            },
            reported);
    }
}
