using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace IncidentBot.Work;

/// <summary>
/// The threads queued Slack work runs on: threads of its own, below the priority of the ones that answer Slack, so that
/// a burst of follow-up work (channels, briefs, pins for many incidents at once) gives the CPU up the moment a request
/// arrives instead of sharing it. The follow-up work has no deadline; an answer has Slack's 3 seconds.
/// </summary>
/// <remarks>
/// Work started here comes back here after each <c>await</c> in the bot's own code (code that awaits with
/// <c>ConfigureAwait(false)</c>, such as the Slack client's network reads, runs its own part on the shared pool). On
/// Linux, where a thread's nice value is its own, each thread lowers its own by <see cref="Niceness"/>; elsewhere it
/// takes <see cref="ThreadPriority.BelowNormal"/>. There is one thread fewer than there are cores (at least one), so
/// follow-up work alone never fills the machine. Work here waits asynchronously; what blocks its thread for long (a
/// checkpoint's file sync, say) belongs elsewhere, or the rest of the queue waits behind it.
/// </remarks>
public sealed class FollowUpThreads : TaskScheduler, IDisposable
{
    /// <summary>
    /// How far below the process the threads run. At the bottom of the scale a thread gets about 1.5% of a core that a
    /// thread at the process's priority also wants, so follow-up work runs on the time answers leave idle.
    /// </summary>
    public const int Niceness = 19;

    [ThreadStatic]
    private static FollowUpThreads? _current;

    private readonly ConcurrentQueue<Task> _queue = new();
    private readonly SemaphoreSlim _ready = new(0);
    private readonly Lock _gate = new();
    private readonly Thread[] _threads;
    private bool _stopped;

    public FollowUpThreads()
        : this(Math.Max(1, Environment.ProcessorCount - 1), Niceness)
    {
    }

    public FollowUpThreads(int count, int niceness)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _threads = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            _threads[i] = new Thread(() => Run(niceness)) { IsBackground = true, Name = $"Follow-up work {i + 1}" };
            _threads[i].Start();
        }
    }

    /// <summary>Whether the calling code runs on one of these threads.</summary>
    public static bool IsCurrent => _current is not null;

    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>
    /// Starts <paramref name="work"/> on these threads; its continuations return to them. The caller's own continuation
    /// runs on the shared pool, not inline on the low-priority thread that finished the work.
    /// </summary>
    public Task RunAsync(Func<Task> work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap().ContinueWith(
            static (finished, state) => ((TaskCompletionSource)state!).SetFromTask(finished),
            done, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return done.Task;
    }

    /// <summary>
    /// Lets the threads end once the queue is empty. Work queued later (the last continuations of items stopping with the
    /// host) runs on the shared pool instead of being dropped.
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
        }

        _ready.Release(_threads.Length);
    }

    protected override void QueueTask(Task task)
    {
        lock (_gate)
        {
            if (!_stopped)
            {
                _queue.Enqueue(task);
                _ready.Release();
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(static state => state.Scheduler.TryExecuteTask(state.Task), (Scheduler: this, Task: task), preferLocal: false);
    }

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _current == this && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Run(int niceness)
    {
        _current = this;
        Lower(niceness);
        while (true)
        {
            _ready.Wait();
            if (_queue.TryDequeue(out var task))
            {
                TryExecuteTask(task);
            }
            else if (Volatile.Read(ref _stopped))
            {
                return;
            }
        }
    }

    private static void Lower(int niceness)
    {
        if (!OperatingSystem.IsLinux())
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
            return;
        }

        // Under Linux "process" 0 is the calling thread. A failure leaves the thread at the process's priority: slower
        // answers under load, nothing worse.
        var current = GetPriority(PriorityOfProcess, 0);
        if (Marshal.GetLastPInvokeError() == 0)
        {
            _ = SetPriority(PriorityOfProcess, 0, Math.Min(MaxNice, current + niceness));
        }
    }

    private const int PriorityOfProcess = 0;
    private const int MaxNice = 19;

    // Plain ints both ways, so no marshalling code is generated (which would need unsafe code allowed).
    [DllImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);
}
