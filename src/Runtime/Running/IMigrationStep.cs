namespace BackendInABox;

/// <summary>
/// A C# step of a migration, named in its file as <c>- code: ClassName</c> under <c>up:</c> or <c>down:</c>. It runs in
/// order with the file's other steps, on the migration's connection and inside its transaction (none when the file
/// says <c>transaction: false</c>), so a step that throws rolls the whole migration back. The class needs a public
/// constructor without parameters; the generated migration creates it with <c>new</c>.
/// </summary>
public interface IMigrationStep
{
    Task RunAsync(MigrationStepContext context, CancellationToken cancellationToken);
}
