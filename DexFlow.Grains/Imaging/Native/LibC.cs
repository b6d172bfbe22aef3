using System.Runtime.InteropServices;

namespace DexFlow.Grains.Imaging.Native;

internal static partial class LibC
{
    /// <summary>Sets a variable in the process's native environment, which native libraries read (Environment.SetEnvironmentVariable does not reach them).</summary>
    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetEnv(string name, string value, int overwrite);
}
