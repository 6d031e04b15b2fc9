namespace BackendInABox.Database;

/// <summary>
/// `--wait N`: retries with backoff, one line per try, until the database accepts connections or the time is up. The
/// clock is a <see cref="TimeProvider"/> so the give-up can be proved without waiting for it.
/// </summary>
internal sealed class DatabaseWait(TimeProvider time, Action<string> say)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(5);

    /// <summary>A try that cannot connect fails fast, but one at a silent host must not outlast the wait by much.</summary>
    private static readonly TimeSpan ShortestTry = TimeSpan.FromSeconds(1);

    public async Task UntilReachableAsync(Func<TimeSpan, CancellationToken, Task<bool>> isReachable, string address, int seconds, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        var limit = TimeSpan.FromSeconds(seconds);
        var delay = FirstDelay;
        while (true)
        {
            var remaining = limit - time.GetElapsedTime(start);
            if (await isReachable(remaining > ShortestTry ? remaining : ShortestTry, cancellationToken))
            {
                say($"Database is ready at {address}.");
                return;
            }

            var elapsed = time.GetElapsedTime(start);
            remaining = limit - elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw new UserError($"database not reachable at {address} after {seconds} s", "Check that the server is running and the host and port are right.");
            }

            say($"Waiting for database at {address}... ({(int)elapsed.TotalSeconds} s of {seconds} s)");
            await Task.Delay(delay < remaining ? delay : remaining, time, cancellationToken);
            delay = delay + delay < LongestDelay ? delay + delay : LongestDelay;
        }
    }
}
