namespace BackendInABox.Generator.Diagnostics;

/// <summary>
/// What a message names: a text ("model User"), or words joined only when a message asks for them (a field's
/// "field Order.total", a column's "a column in create_table in up of migration …"), since every field and column
/// is read and checked with one and few have a problem.
/// </summary>
internal readonly struct Subject
{
    /// <summary>The text; for a field, its model's name (null when that is not valid).</summary>
    private readonly string? _text;

    /// <summary>The field's name; null for a text.</summary>
    private readonly string? _field;

    /// <summary>The words before the text; null when there are none.</summary>
    private readonly string? _prefix;

    private Subject(string? text, string? field, string? prefix)
    {
        _text = text;
        _field = field;
        _prefix = prefix;
    }

    public static implicit operator Subject(string text) => new(text, null, null);

    /// <param name="model">The model's name as messages name it, null when it is not valid.</param>
    public static Subject Field(string? model, string field) => new(model, field, null);

    /// <summary><paramref name="prefix"/> followed by <paramref name="text"/>.</summary>
    public static Subject Joined(string prefix, string text) => new(text, null, prefix);

    public override string ToString() =>
        _field is not null ? (_text is null ? "field " + _field : string.Concat("field ", _text, ".", _field))
        : _prefix is not null ? _prefix + _text
        : _text ?? string.Empty;

    /// <summary>As the start of a sentence.</summary>
    public string Capitalized() => Wording.Capitalize(ToString());
}
