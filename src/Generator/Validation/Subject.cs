using BackendInABox.Generator.Diagnostics;

namespace BackendInABox.Generator.Validation;

/// <summary>
/// What a message names ("field User.email", "model User"). A field's is spelled only when a message needs it: every
/// field of every schema file goes through a score of checks, and hardly any field has an error.
/// </summary>
internal readonly struct Subject
{
    private readonly string? _text;
    private readonly string? _model;
    private readonly string? _field;

    private Subject(string? text, string? model, string? field)
    {
        _text = text;
        _model = model;
        _field = field;
    }

    /// <summary>"field Model.field", or "field field" while the model has no valid name.</summary>
    /// <param name="model">The model's name, null when it is not valid.</param>
    public static Subject Field(string? model, string field) => new(null, model, field);

    public static implicit operator Subject(string text) => new(text, null, null);

    public override string ToString() => _text ?? (_model is null ? "field " + _field : "field " + _model + "." + _field);

    /// <summary>As the start of a sentence.</summary>
    public string Capitalized() => Wording.Capitalize(ToString());
}
