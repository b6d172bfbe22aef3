namespace DexFlow.Grains.Storage;

/// <summary>
/// The durable reminders of one activation, as it registered or removed them. A reminder it holds is not written again
/// (a name always comes with the same period) and is removed with its handle, without reading it back; one it removed
/// is not looked for again. Only a reminder this activation has not touched (an earlier activation's) is looked up.
/// </summary>
public sealed class HeldReminders(IGrainBase grain)
{
    // A handle per name this activation registered; null for a name it removed.
    private readonly Dictionary<string, IGrainReminder?> _known = [];

    /// <summary>Makes sure the reminder is registered: it fires on some silo even if this one dies.</summary>
    public async Task Keep(string name, TimeSpan period)
    {
        if (_known.GetValueOrDefault(name) is null)
        {
            _known[name] = await grain.RegisterOrUpdateReminder(name, period, period);
        }
    }

    public async Task Drop(string name)
    {
        if (_known.TryGetValue(name, out var held) && held is null)
        {
            return;
        }

        // Forgotten first: if removing fails, the next attempt reads the reminder afresh.
        _known.Remove(name);
        if ((held ?? await grain.GetReminder(name)) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }

        _known[name] = null;
    }
}
