using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Parsing;

/// <summary>One migration file's YAML → <see cref="MigrationFile"/>; problems of the file itself become BIAB1xx diagnostics.</summary>
internal static class MigrationFileParser
{
    private static readonly string[] FileKeys = { "id", "description", "parent", "transaction", StoredForms.FileKey, "up", "down" };

    public static ParsedMigrationFile Parse(InputFile file, System.Threading.CancellationToken cancellationToken)
    {
        var diagnostics = new FileDiagnostics(DiagnosticSet.Migration);
        var migration = ParseFile(file, diagnostics, cancellationToken);
        return new ParsedMigrationFile(file.Path, diagnostics.HasErrors ? null : migration, diagnostics.ToArray());
    }

    private static MigrationFile? ParseFile(InputFile file, FileDiagnostics diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        if (YamlTreeReader.ReadFile(file, "migration", "id, description, up and down", "the migration", FileKeys, diagnostics, cancellationToken) is not { } reader)
        {
            return null;
        }

        var idNode = reader.Scalar("id", required: true);
        var id = idNode is null ? null : ParseId(idNode, "id", diagnostics);
        var what = id is null ? "the migration" : $"migration {id.Value.ToString(CultureInfo.InvariantCulture)}";
        var description = reader.String("description", required: true);
        var parentNode = reader.Scalar("parent");
        var parent = parentNode is null ? null : ParseId(parentNode, "parent", diagnostics);
        if (parent is not null && parent == id)
        {
            diagnostics.Add(Descriptors.UnknownParent, parentNode!.Location, $"{Wording.Capitalize(what)} names itself as its parent.");
        }

        var transaction = reader.Boolean("transaction") ?? true;
        var forms = reader.Integer(StoredForms.FileKey, StoredForms.First, StoredForms.Current) ?? StoredForms.Legacy;
        var up = OperationParser.ParseList(reader, "up", what, diagnostics, cancellationToken);
        var down = OperationParser.ParseList(reader, "down", what, diagnostics, cancellationToken);

        if (id is null || description is null || up is null || down is null || diagnostics.HasErrors)
        {
            return null;
        }

        return new MigrationFile(file.Path, id.Value, description, parent, transaction, InForm(up, forms), InForm(down, forms), Hash(file.Text), idNode!.Location, parentNode?.Location);
    }

    /// <summary>A file written before the current stored forms (an older <c>stored_forms</c>, or none) created its columns in the forms of its time.</summary>
    private static EquatableArray<Operation> InForm(List<Operation> operations, int forms) =>
        (forms == StoredForms.Current ? operations : operations.ConvertAll(op => op.Columns.IsEmpty ? op : op with { Columns = op.Columns.Select(c => StoredForms.InFormOf(c, forms)).ToEquatableArray() })).ToEquatableArray();

        /// <summary>A migration id is the UTC time it was generated, yyyyMMddHHmmss, which is also its FluentMigrator version.</summary>
    private static long? ParseId(YamlScalar node, string key, FileDiagnostics diagnostics)
    {
        if (Shared.MigrationIds.TryParse(node.Value, out var id))
        {
            return id;
        }


        diagnostics.Add(Descriptors.InvalidMigrationId, node.Location, $"The {key} '{Wording.Shorten(node.Value)}' is not a migration id: ids are UTC timestamps {Shared.MigrationIds.Format} such as {Shared.MigrationIds.Example}.");
        return null;
    }

    /// <summary>
    /// The hash the runner records when the migration runs and compares later to report an edit. It leaves out the
    /// top-level <c>parent:</c> line: re-parenting by `migrate merge` changes where the migration sits in the history,
    /// not what it did.
    /// </summary>
    /// <remarks>
    /// The file's bytes are hashed around the parent lines rather than copied without them first: a migration file
    /// can be long, and the copy was a second string of its size per file and build.
    /// </remarks>
    public static string Hash(string text)
    {
        var normalized = text.Replace("\r\n", "\n");
        var encoded = Encoding.UTF8.GetBytes(normalized);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chars = 0;
        var offset = 0;
        for (var parent = ParentLine.Match(normalized); parent.Success; parent = parent.NextMatch())
        {
            var before = Encoding.UTF8.GetByteCount(normalized.Substring(chars, parent.Index - chars));
            sha.AppendData(encoded, offset, before);
            offset += before + Encoding.UTF8.GetByteCount(parent.Value);
            chars = parent.Index + parent.Length;
        }

        sha.AppendData(encoded, offset, encoded.Length - offset);
        var bytes = sha.GetHashAndReset();
        var hex = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            hex[2 * i] = HexDigits[bytes[i] >> 4];
            hex[(2 * i) + 1] = HexDigits[bytes[i] & 0xF];
        }

        return new string(hex);
    }

    private const string HexDigits = "0123456789abcdef";

    private static readonly Regex ParentLine = new(Shared.MigrationIds.ParentLinePattern + @"\n?", RegexOptions.Multiline | RegexOptions.CultureInvariant);
}
