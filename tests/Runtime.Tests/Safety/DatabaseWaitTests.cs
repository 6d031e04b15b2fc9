using System.Threading.Channels;
using BackendInABox.Database;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace BackendInABox.Runtime.Tests.Safety;

/// <summary>`--wait N`'s retries, backoff and give-up, on a fake clock that moves only when a delay is due.</summary>
public sealed class DatabaseWaitTests
{
    private const string Address = "127.0.0.1:5432";

    /// <summary>A fake clock that says when the wait starts a delay, so the test moves it by exactly that delay.</summary>
    private sealed class DelayedClock : FakeTimeProvider
    {
        public Channel<TimeSpan> Delays { get; } = Channel.CreateUnbounded<TimeSpan>();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Delays.Writer.TryWrite(dueTime);
            return timer;
        }
    }

    /// <summary>Runs the wait, a try taking <paramref name="tryTakes"/> on the clock; each try's start and timeout.</summary>
    private static async Task<(List<(TimeSpan At, TimeSpan Timeout)> Tries, List<string> Lines, Task Wait)> WaitAsync(
        int seconds, TimeSpan tryTakes, int reachableAtTry = int.MaxValue)
    {
        var clock = new DelayedClock();
        var start = clock.GetTimestamp();
        var tries = new List<(TimeSpan, TimeSpan)>();
        var lines = new List<string>();
        var wait = new DatabaseWait(clock, lines.Add).UntilReachableAsync(
            (timeout, _) =>
            {
                tries.Add((clock.GetElapsedTime(start), timeout));
                clock.Advance(tryTakes);
                return Task.FromResult(tries.Count >= reachableAtTry);
            },
            Address,
            seconds,
            CancellationToken.None);
        while (!wait.IsCompleted)
        {
            var delay = await clock.Delays.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));
            clock.Advance(delay);
            await Task.WhenAny(wait, clock.Delays.Reader.WaitToReadAsync().AsTask());
        }

        return (tries, lines, wait);
    }

    private static TimeSpan Ms(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public async Task A_database_that_never_answers_is_tried_with_doubling_delays_until_the_seconds_are_up_then_given_up()
    {
        var (tries, lines, wait) = await WaitAsync(4, tryTakes: Ms(100));

        var error = await Assert.ThrowsAsync<UserError>(() => wait);
        Assert.Equal($"database not reachable at {Address} after 4 s", error.Message);
        Assert.Equal([Ms(0), Ms(350), Ms(950), Ms(2050), Ms(4000)], tries.Select(t => t.At));
        Assert.Equal([Ms(4000), Ms(3650), Ms(3050), Ms(1950), Ms(1000)], tries.Select(t => t.Timeout));
        Assert.Equal(
            [
                $"Waiting for database at {Address}... (0 s of 4 s)",
                $"Waiting for database at {Address}... (0 s of 4 s)",
                $"Waiting for database at {Address}... (1 s of 4 s)",
                $"Waiting for database at {Address}... (2 s of 4 s)",
            ],
            lines);
    }

    [Fact]
    public async Task Delays_double_up_to_five_seconds_and_a_try_that_outlasts_the_limit_is_the_last()
    {
        var (tries, _, wait) = await WaitAsync(30, tryTakes: Ms(0));

        await Assert.ThrowsAsync<UserError>(() => wait);
        Assert.Equal(
            [Ms(0), Ms(250), Ms(750), Ms(1750), Ms(3750), Ms(7750), Ms(12750), Ms(17750), Ms(22750), Ms(27750), Ms(30000)],
            tries.Select(t => t.At));

        var (slow, _, slowWait) = await WaitAsync(2, tryTakes: TimeSpan.FromSeconds(3));
        await Assert.ThrowsAsync<UserError>(() => slowWait);
        Assert.Equal([(Ms(0), Ms(2000))], slow);
    }

    [Fact]
    public async Task A_database_that_answers_at_the_third_try_ends_the_wait_with_a_ready_line()
    {
        var (tries, lines, wait) = await WaitAsync(60, tryTakes: Ms(10), reachableAtTry: 3);

        await wait;
        Assert.Equal(3, tries.Count);
        Assert.Equal($"Database is ready at {Address}.", lines[^1]);
        Assert.Equal(2, lines.Count(l => l.StartsWith("Waiting for database", StringComparison.Ordinal)));
    }
}
