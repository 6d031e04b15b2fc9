namespace BackendInABox.Generator.Model;

/// <summary>
/// What one entity class is emitted from: its model, the type each of its refs stores, and the namespace. It holds
/// nothing else of the schema set, so an edit to one schema file re-emits only the entities whose input it changes.
/// </summary>
/// <param name="RefKeys">For each model a ref of this one targets, the type of the key that ref stores.</param>
internal sealed record EntityInput(SchemaModel Model, EquatableArray<StoredKey> RefKeys, string Namespace)
{
    /// <summary>The properties the app's half of the class declares as partial (to add attributes): the generated half implements them.</summary>
    public EquatableArray<string> Declared { get; init; } = EquatableArray<string>.Empty;

    public FieldType KeyTypeOf(string target)
    {
        foreach (var key in RefKeys)
        {
            if (key.Target == target)
            {
                return key.Type;
            }
        }

        throw new System.InvalidOperationException($"The ref target {target} has no stored key type.");
    }
}

/// <summary>The type a ref to <paramref name="Target"/> stores: its key's, or, when that key is itself a ref, the type of the key it ends at.</summary>
internal sealed record StoredKey(string Target, FieldType Type);
