using System.Net.Sockets;
using Npgsql;
using Orleans.Storage;

namespace DexFlow.Grains.Storage;

/// <summary>Recognises failures of the store (unreachable, restarting, overloaded, a concurrent writer) anywhere in an exception chain.</summary>
public static class StoreFailures
{
    public static bool IsStoreFailure(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or SocketException or InconsistentStateException
                || (current is NpgsqlException && current is not PostgresException))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a failed write may still have landed: the store failed on the way (a lost connection, a timeout), not
    /// by refusing a stale version, which leaves the stored state untouched.
    /// </summary>
    public static bool MayHaveLanded(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is InconsistentStateException)
            {
                return false;
            }
        }

        return IsStoreFailure(exception);
    }

    /// <summary>
    /// Whether the store refused what was written (a data exception such as NUL in text, or a broken constraint) or the
    /// client could not encode it: repeating the same write cannot succeed.
    /// </summary>
    public static bool IsRefusedData(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: [ '2', '2' or '3', ..] } or System.Text.EncoderFallbackException or InvalidCastException or RowRefusedException)
            {
                return true;
            }
        }

        return false;
    }
}
