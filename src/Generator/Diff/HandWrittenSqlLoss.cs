using System.Collections.Generic;
using System.Linq;

namespace BackendInABox.Generator.Diff;

/// <summary>
/// The statements of a hand-written <c>sql:</c> step that can lose data, read conservatively from its tokens (so
/// comments, string literals and quoted names never count): DROP TABLE, DROP SCHEMA, TRUNCATE, DELETE FROM (with or
/// without WHERE: it removes rows either way), ALTER TABLE's DROP [COLUMN] and ALTER [COLUMN] ... TYPE (which may
/// narrow), the same statements anywhere in a PostgreSQL DO block's body and in the strings it EXECUTEs (it runs now),
/// and CALL. UPDATE, which overwrites rather than removes, is not read, nor is the body a CREATE TRIGGER, FUNCTION or
/// PROCEDURE defines: it runs when the trigger fires or the routine is called, not when the migration runs.
/// </summary>
internal static class HandWrittenSqlLoss
{
    public static IEnumerable<string> Of(string sql) => InStatements(sql, procedural: false).Select(loss => "hand-written SQL: " + loss);

    /// <summary>
    /// In a <paramref name="procedural"/> (PL/pgSQL) body a statement can follow BEGIN, THEN, ELSE, LOOP or a label, so
    /// each word is read as where a statement could start.
    /// </summary>
    private static IEnumerable<string> InStatements(string sql, bool procedural)
    {
        foreach (var statement in SqlTokens.Statements(sql))
        {
            if (SqlTokens.DefinesRoutine(statement))
            {
                continue;
            }

            var starts = procedural ? Enumerable.Range(0, statement.Count) : Enumerable.Range(0, 1);
            foreach (var loss in starts.SelectMany(start => AtStart(statement, start)))
            {
                yield return loss;
            }

            foreach (var loss in Deletes(statement))
            {
                yield return loss;
            }

            foreach (var loss in RunNow(statement, procedural))
            {
                yield return loss;
            }
        }
    }

    private static IEnumerable<string> AtStart(List<SqlToken> statement, int start)
    {
        var tokens = start == 0 ? statement : statement.GetRange(start, statement.Count - start);
        if (tokens.Count >= 2 && tokens[0].Is("DROP") && (tokens[1].Is("TABLE") || tokens[1].Is("SCHEMA")))
        {
            yield return $"DROP {tokens[1].Upper} {Names(tokens, Skip(tokens, 2, "IF", "EXISTS"))}";
        }
        else if (tokens.Count >= 1 && tokens[0].Is("TRUNCATE"))
        {
            yield return $"TRUNCATE {Names(tokens, Skip(tokens, 1, "TABLE", "ONLY"))}";
        }
        else if (tokens.Count >= 2 && tokens[0].Is("ALTER") && tokens[1].Is("TABLE"))
        {
            foreach (var loss in AlterTable(tokens))
            {
                yield return loss;
            }
        }
        else if (tokens.Count >= 1 && tokens[0].Is("CALL"))
        {
            // A procedure is called for what it does, and its body is not in the step (it was created earlier, or
            // outside the migrations), so a CALL counts as possible loss: a needless backup costs a copy, a missing one
            // the rows. A function in a SELECT does not: those are mostly built-ins (setval, pg_advisory_lock), and
            // counting them would warn about nearly every data step.
            yield return $"CALL {Name(tokens, 1, out _)} (what the procedure does is not read: it may remove data)";
        }
    }

    /// <summary>Anywhere in the statement: PostgreSQL's WITH ... DELETE.</summary>
    private static IEnumerable<string> Deletes(List<SqlToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Is("DELETE") && tokens[i + 1].Is("FROM"))
            {
                yield return $"DELETE FROM {Name(tokens, Skip(tokens, i + 2, "ONLY"), out _)}";
            }
        }
    }

    /// <summary>
    /// The SQL a statement runs now from inside a string: a DO block's body, and in procedural code the strings after
    /// EXECUTE (dynamic SQL, read as far as it is written out: `EXECUTE 'TRUNCATE ' || t` is a TRUNCATE of "?").
    /// </summary>
    private static IEnumerable<string> RunNow(List<SqlToken> tokens, bool procedural)
    {
        if (tokens[0].Is("DO"))
        {
            return tokens.Where(t => t.Literal is not null).SelectMany(body => InStatements(body.Literal!, procedural: true));
        }

        var execute = procedural ? tokens.FindIndex(t => t.Is("EXECUTE")) : -1;
        return execute < 0
            ? Enumerable.Empty<string>()
            : tokens.Skip(execute + 1).Where(t => t.Literal is not null).SelectMany(sql => InStatements(sql.Literal!, procedural: false));
    }

    /// <summary>ALTER TABLE [IF EXISTS] [ONLY] t action, action, ...: each action that drops a column or changes a type.</summary>
    private static IEnumerable<string> AlterTable(List<SqlToken> tokens)
    {
        var table = Name(tokens, Skip(tokens, 2, "IF", "EXISTS", "ONLY"), out var next);
        foreach (var action in Actions(tokens, next))
        {
            if (action.Count >= 2 && action[0].Is("DROP") && !action[1].Is("CONSTRAINT"))
            {
                var column = Name(action, Skip(action, 1, "COLUMN", "IF", "EXISTS"), out _);
                yield return $"ALTER TABLE {table} DROP COLUMN {column}";
            }
            else if (action.Count >= 3 && action[0].Is("ALTER"))
            {
                var at = Skip(action, 1, "COLUMN");
                var column = Name(action, at, out var after);
                var rest = action.Skip(after).Take(3).ToList();
                if (rest.Count > 0 && (rest[0].Is("TYPE") || (rest.Count >= 3 && rest[0].Is("SET") && rest[1].Is("DATA") && rest[2].Is("TYPE"))))
                {
                    yield return $"ALTER TABLE {table} ALTER COLUMN {column} TYPE";
                }
            }
        }
    }

    /// <summary>The comma-separated actions after the table name, commas inside parentheses left alone.</summary>
    private static IEnumerable<List<SqlToken>> Actions(List<SqlToken> tokens, int start)
    {
        var action = new List<SqlToken>();
        var depth = 0;
        for (var i = start; i < tokens.Count; i++)
        {
            var token = tokens[i];
            depth += token.Text == "(" && !token.Quoted ? 1 : token.Text == ")" && !token.Quoted ? -1 : 0;
            if (depth == 0 && token.Text == "," && !token.Quoted)
            {
                yield return action;
                action = new List<SqlToken>();
            }
            else
            {
                action.Add(token);
            }
        }

        yield return action;
    }

    /// <summary>The index after any of <paramref name="optional"/> keywords from <paramref name="i"/> on.</summary>
    private static int Skip(List<SqlToken> tokens, int i, params string[] optional)
    {
        while (i < tokens.Count && optional.Contains(tokens[i].Upper))
        {
            i++;
        }

        return i;
    }

    /// <summary>A possibly schema-qualified name at <paramref name="i"/>, as written; "?" where the SQL has none.</summary>
    private static string Name(List<SqlToken> tokens, int i, out int next)
    {
        var parts = new List<string>();
        next = i;
        while (next < tokens.Count && tokens[next].IsName)
        {
            parts.Add(tokens[next].Text);
            if (next + 2 < tokens.Count && tokens[next + 1].Text == "." && !tokens[next + 1].Quoted)
            {
                next += 2;
                continue;
            }

            next++;
            break;
        }

        return parts.Count == 0 ? "?" : string.Join(".", parts);
    }

    /// <summary>The comma-separated names of DROP TABLE a, b and TRUNCATE a, b.</summary>
    private static string Names(List<SqlToken> tokens, int i)
    {
        var names = new List<string>();
        while (true)
        {
            names.Add(Name(tokens, i, out i));
            if (i >= tokens.Count || tokens[i].Text != "," || tokens[i].Quoted)
            {
                return string.Join(", ", names);
            }

            i++;
        }
    }
}
