namespace BackendInABox.Generator.Parsing;

/// <summary>
/// What a mapping is, as messages name it: a text, or a field ("field Order.total") whose words are joined only when a
/// message asks, since every field has one and few fields have a problem.
/// </summary>
internal readonly struct Subject
{
    /// <summary>The text; for a field, its model's name (null when that is not valid).</summary>
    private readonly string? _text;

    /// <summary>The field's name; null for a text.</summary>
    private readonly string? _field;

    private Subject(string? text, string? field)
    {
        _text = text;
        _field = field;
    }

    public static implicit operator Subject(string text) => new(text, null);

    /// <param name="model">The model's name as messages name it, null when it is not valid.</param>
    public static Subject Field(string? model, string field) => new(model, field);

    public override string ToString() =>
        _field is null ? _text ?? string.Empty : _text is null ? "field " + _field : string.Concat("field ", _text, ".", _field);
}
