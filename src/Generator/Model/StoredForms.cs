namespace BackendInABox.Generator.Model;

/// <summary>
/// Which stored form a column's values have. Migration files written before <c>stored_forms: 2</c> created uuid columns
/// (and uuid lists) whose SQLite values were lower-case text (Microsoft.Data.Sqlite binds a <c>Guid</c> as upper-case),
/// decimals of NUMERIC affinity on SQLite (a double: digits past the fifteenth were lost) and <c>datetime</c> columns of
/// PostgreSQL <c>timestamp</c> (an instant that depends on the session's time zone); files before
/// <c>stored_forms: 3</c> had SQLite write a <c>datetimetz</c>'s current time (its <c>now</c> or
/// <c>current_timestamp</c> default, its <c>auto_update</c> trigger) as CURRENT_TIMESTAMP, text without the offset the
/// libraries write. A database built by such files keeps that storage until a migration converts it, so the replay
/// marks their columns <see cref="ColumnType.LegacyStorage"/> and the diff sees the conversion as a pending change.
/// </summary>
internal static class StoredForms
{
    /// <summary>The file-level key every migration file written from now on carries.</summary>
    public const string FileKey = "stored_forms";

    public const int Current = 3;

    /// <summary>The first value <see cref="FileKey"/> had: a file at it is read with the forms of its time.</summary>
    public const int First = 2;

    /// <summary>The column-level key that keeps one column in the old form (the down of a conversion).</summary>
    public const string ColumnKey = "stored_form";

    public const int Legacy = 1;

    /// <summary>
    /// Whether the type had another stored form before: a uuid list's elements are lower-case text in SQLite's JSON as
    /// the scalars were, and a datetimetz's old form is the text SQLite's current time had; the other arrays and types
    /// are stored as they were.
    /// </summary>
    public static bool Changed(ColumnType type) => type.Kind == FieldType.Uuid || (!type.Array && type.Kind is FieldType.Decimal or FieldType.DateTime or FieldType.DateTimeTz);

    public static ColumnType AsLegacy(ColumnType type) => Changed(type) ? type with { LegacyStorage = true } : type;

    /// <summary>
    /// The column as a file at stored forms <paramref name="forms"/> (<see cref="Legacy"/> for a file without
    /// <see cref="FileKey"/>) created it: a datetimetz only when the database writes its current time into it, whose
    /// text differs (values the app writes have the offset in every form); the others in files before
    /// <see cref="First"/>.
    /// </summary>
    public static ColumnShape InFormOf(ColumnShape column, int forms) =>
        (column.Type is { Kind: FieldType.DateTimeTz, Array: false }
            ? forms < Current && (column.AutoUpdate || column.Default is { Kind: DefaultKind.Now or DefaultKind.CurrentTimestamp })
            : forms < First && Changed(column.Type))
            ? column with { Type = column.Type with { LegacyStorage = true } }
            : column;

    /// <summary>Only the stored form differs: the same type otherwise.</summary>
    public static bool OnlyFormDiffers(ColumnType from, ColumnType to) =>
        from.LegacyStorage != to.LegacyStorage && (@from with { LegacyStorage = false }) == (to with { LegacyStorage = false });

    /// <summary>The down of a decimal's conversion: SQLite's NUMERIC keeps a double's 15 significant digits.</summary>
    public static bool RollbackRounds(ColumnType old, ColumnType current) =>
        old.Kind == FieldType.Decimal && old.LegacyStorage && OnlyFormDiffers(old, current);

    public static string RoundingWarning(string column) =>
        $"the down stores {column} as SQLite NUMERIC again, which keeps 15 significant digits: on SQLite a value written with more (123456789012345.6789) is rounded (123456789012346). PostgreSQL is not affected";

    /// <summary>What converting a column of this kind from the old form to the current one does, for the pending change's summary.</summary>
    public static string Conversion(FieldType kind) => kind switch
    {
        FieldType.Uuid => "uuids stored upper-case on SQLite",
        FieldType.Decimal => "decimals stored as exact text on SQLite",
        FieldType.DateTimeTz => "datetimetz values and the database's current time stored with their offset (+00:00) on SQLite",
        _ => "datetime stored as timestamptz (a UTC instant) on PostgreSQL",
    };
}
