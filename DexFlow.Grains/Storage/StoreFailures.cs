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
}
