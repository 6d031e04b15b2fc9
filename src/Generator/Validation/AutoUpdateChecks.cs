using BackendInABox.Generator.Diagnostics;
using BackendInABox.Generator.Model;

namespace BackendInABox.Generator.Validation;

/// <summary><c>auto_update: true</c> (BIAB058): only a timestamp can be kept current by the generator's trigger.</summary>
internal static class AutoUpdateChecks
{
    public static bool AutoUpdate(FieldDraft draft, FieldType type, Subject what, FileDiagnostics diagnostics)
    {
        if (!draft.AutoUpdate)
        {
            return false;
        }

        if (!FieldTypes.CanAutoUpdate(type))
        {
            diagnostics.Add(Descriptors.InvalidAutoUpdate, draft.KeyLocation("auto_update")!, $"'auto_update' keeps a timestamp current on every update, so it applies only to datetime, datetimetz and timestamp fields; {what} is a {EnumNames.FieldTypes.Name(type)} field.");
            return false;
        }

        if (draft.Array)
        {
            diagnostics.Add(Descriptors.InvalidAutoUpdate, draft.KeyLocation("auto_update")!, $"'auto_update' keeps one timestamp current on every update; {what} is an array, so it cannot have auto_update.");
            return false;
        }

        return true;
    }
}
