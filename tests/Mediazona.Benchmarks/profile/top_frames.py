#!/usr/bin/env python3
"""Top frames of a CPU profile by inclusive and exclusive time, and the time by component.

Reads either
  * a speedscope JSON written by `dotnet-trace collect --format Speedscope` (evented profiles, one per thread), or
  * the text of `perf script` (one stack per sample, leaf first).

dotnet-trace's EventPipe sample profiler samples every managed thread about every 10 ms whether it runs or
waits, so a stack whose leaf is a wait (a thread-pool thread parked on its semaphore, a socket loop in
epoll_wait, Monitor.Wait, Task.Delay...) is set aside as "waiting" and everything else counts as "running":
an estimate of CPU time. perf samples (cpu-clock) are CPU time already, native frames (GC, kernel, OpenSSL)
included.

Usage: top_frames.py FILE [--top N] [--all]   (--all: do not set waiting stacks aside)
"""

import argparse
import collections
import json
import re
import signal
import sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head

# Leaf frames (or frames just under an unmanaged leaf) that mean "this thread is not running".
WAITING = re.compile(
    r"LowLevelLifoSemaphore\.WaitForSignal|LowLevelLifoSemaphore\.WaitNative|LowLevelMonitorLock|"
    r"Monitor\.Wait|Monitor\.ReliableEnter|WaitHandle\.Wait|WaitSubsystem|Thread\.Sleep|SpinWait\.SpinOnce|"
    r"Interop\+Sys\.WaitForSocketEvents|SocketAsyncEngine\.EventLoop|Interop\+Sys\.Poll|epoll_wait|"
    r"ManualResetEventSlim\.Wait|SemaphoreSlim\.Wait\(|Task\.SpinThenBlockingWait|Task\.InternalWaitCore|"
    r"TimerQueue\.TimerThread|WaitOneNoCheck|PortableThreadPool\+GateThread|Console.*Read|FileSystem\.Watcher|"
    r"ThreadPoolWorkQueue\.Dispatch\(\)$|WorkerThread\.WorkerThreadStart|PollGC|"
    r"InitializeTlsBucketsAndTrimming|Gen2GcCallback|"  # the finalizer thread, parked between collections
    r"futex|do_syscall_64.*poll|schedule$"
)

# Components for the breakdown. A sample belongs to the innermost frame that matches a SPECIFIC rule (a library or
# a part of our code: the BCL, allocation and memcpy it calls count as its own cost); only a sample with no such
# frame falls to the innermost GENERIC rule (thread pool, async machinery, runtime, libc). GC and JIT threads are
# their component whatever they run.
THREADS = [
    ("GC (server GC threads)", r"^\[thread \.NET (Server GC|BGC|SVR GC)"),
    ("JIT (tiering in the background)", r"^\[thread \.NET Tiered Com"),
]
SPECIFIC = [
    ("SHA-256 / crypto", r"System\.Security\.Cryptography|libcrypto|SHA256|sha256"),
    ("ICU (culture-aware text)", r"libicu|CompareInfo|DateTimeParse"),
    ("kernel (network, syscalls, scheduling)", r"^kernel: "),
    ("protobuf (parse/serialise/clone)", r"Google\.Protobuf|Mediazona\.Contracts\."),
    ("Npgsql (PostgreSQL client)", r"\bNpgsql\b"),
    ("MassTransit", r"MassTransit"),
    ("RabbitMQ.Client", r"RabbitMQ\.Client"),
    ("logging", r"Microsoft\.Extensions\.Logging|JsonConsoleFormatter"),
    ("telemetry (OpenTelemetry, metrics, activities)", r"OpenTelemetry|System\.Diagnostics\.Metrics|Diagnostics\.Activity|DiagnosticSource|DiagnosticListener"),
    ("System.Text.Json", r"System\.Text\.Json"),
    ("AngleSharp (card pages)", r"AngleSharp"),
    ("StackExchange.Redis", r"StackExchange\.Redis"),
    ("YARP (gateway proxy)", r"Yarp\."),
    ("ingestion: normalisation", r"Mediazona\.Ingestion\.Normalisation"),
    ("ingestion: validation", r"Mediazona\.Ingestion\.Validation"),
    ("ingestion: identity and content hash", r"Mediazona\.Ingestion\.Identity"),
    ("ingestion: storage (own code)", r"Mediazona\.Ingestion\.Storage"),
    ("ingestion: outbox relay (own code)", r"Mediazona\.Ingestion\.Publishing"),
    ("ingestion: other own code", r"Mediazona\.Ingestion"),
    ("classification (own code)", r"Mediazona\.Classification"),
    ("statistics (own code)", r"Mediazona\.Statistics"),
    ("gateway (own code)", r"Mediazona\.Gateway"),
    ("gRPC", r"Grpc\.AspNetCore|Grpc\.Core|Grpc\.Net|Grpc\.Shared"),
    ("Kestrel / HTTP/2 / ASP.NET Core", r"Microsoft\.AspNetCore|Kestrel|System\.IO\.Pipelines|System\.Net\.Http"),
    ("sockets (managed)", r"System\.Net\.Sockets"),
]
GENERIC = [
    ("JIT (on the calling thread)", r"clrjit"),
    ("threads, tasks, async machinery", r"System\.Threading|AsyncTaskMethodBuilder|AsyncStateMachineBox|ExecutionContext|ThreadPool"),
    ("runtime native code (allocation, casts, stubs)", r"libcoreclr|^stub |\[native perf-"),
    ("BCL (CoreLib: strings, collections, UTF-8...)", r"System\.Private\.CoreLib|\[System\.Private\.CoreLib\]|^System\.|\[System\."),
    ("libc", r"libc\.so|\[libc"),
]
THREAD_RULES = [(name, re.compile(pattern)) for name, pattern in THREADS]
SPECIFIC_RULES = [(name, re.compile(pattern)) for name, pattern in SPECIFIC]
GENERIC_RULES = [(name, re.compile(pattern)) for name, pattern in GENERIC]
SYNTHETIC = re.compile(r"^(Process\d+ |\(Non-Activities\)|Threads$|Thread \(\d+\)|\?!\?$)")


def speedscope_samples(path):
    """(stack root→leaf as frame names, weight in ms) for each interval of each thread."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    frames = [fr["name"] for fr in data["shared"]["frames"]]
    for profile in data["profiles"]:
        if profile.get("type") != "evented":
            continue
        stack = []
        last = profile["startValue"]
        for event in profile["events"]:
            at = event["at"]
            if stack and at > last:
                yield [frames[i] for i in stack], at - last
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                # Close: pop back to the frame being closed (the exporter closes in order).
                while stack and stack.pop() != event["frame"]:
                    pass


PERF_HEADER = re.compile(r"^(?P<comm>.*?)\s+(?P<pid>\d+)\s+[\d.]+:\s")


def perf_samples(path):
    """(stack root→leaf, 1) for each perf sample; `perf script` prints leaf first. The thread's name becomes the
    root frame ("[thread .NET Server GC]"), and a frame without a symbol is named by its library, so that the
    runtime's own work (GC, JIT, stubs in libcoreclr, whose symbols are stripped) is still told apart."""
    stack, thread = [], "?"
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if stack:
                    yield [thread] + list(reversed(stack)), 1.0
                stack = []
                continue
            if line.startswith(("\t", " ")):
                parts = line.strip().split(" ", 1)
                symbol = parts[1] if len(parts) > 1 else parts[0]
                symbol = re.sub(r"\+0x[0-9a-f]+", "", symbol)
                library = re.search(r"\(([^()]*)\)\s*$", symbol)
                library = library.group(1).rsplit("/", 1)[-1] if library else "?"
                if symbol.startswith("[unknown]"):
                    symbol = "[native " + library + "]"
                else:
                    symbol = re.sub(r"\s*\([^()]*\)\s*$", "", symbol)
                    if library == "[kernel.kallsyms]":
                        symbol = "kernel: " + symbol
                    elif not library.endswith(".map"):  # perf-PID.map: JIT-compiled .NET code, already named
                        symbol = symbol + " [" + library + "]"
                stack.append(symbol)
            else:
                header = PERF_HEADER.match(line)
                thread = "[thread " + re.sub(r":?\d+$", "", header.group("comm")).strip() + "]" if header else "[thread ?]"
    if stack:
        yield [thread] + list(reversed(stack)), 1.0


def managed(stack):
    return [f for f in stack if not SYNTHETIC.match(f)]


def is_waiting(stack):
    """dotnet-trace ends each stack with CPU_TIME (the thread was in managed code) or UNMANAGED_CODE_TIME (in
    native code: a wait, or native work such as a syscall or hashing). Either way a wait function just above
    it means the thread was parked (PollGC: parked while a collection runs on the GC's own threads)."""
    frames = [f for f in stack[-3:] if f not in ("CPU_TIME", "UNMANAGED_CODE_TIME")]
    return any(WAITING.search(f) for f in frames[-2:])


def strip_pseudo(stack):
    """The pseudo leaf says managed or native; the frame above it is the one that ran."""
    if stack and stack[-1] in ("CPU_TIME", "UNMANAGED_CODE_TIME"):
        native = stack[-1] == "UNMANAGED_CODE_TIME"
        stack = stack[:-1]
        if native and stack:
            stack = stack + [stack[-1] + " [native]"]
    return stack


def component(stack):
    if stack and stack[0].startswith("[thread"):
        for name, rule in THREAD_RULES:
            if rule.search(stack[0]):
                return name
        stack = stack[1:]
    for rules in (SPECIFIC_RULES, GENERIC_RULES):
        for frame in reversed(stack):
            for name, rule in rules:
                if rule.search(frame):
                    return name
    return "other"


def short(frame, width=150):
    frame = re.sub(r"\(.*\)$", "", frame)  # argument lists
    frame = re.sub(r"System\.Private\.CoreLib!", "", frame)
    return frame if len(frame) <= width else frame[: width - 1] + "…"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--all", action="store_true", help="count waiting stacks too")
    args = parser.parse_args()

    samples = perf_samples(args.file) if not args.file.endswith(".json") else speedscope_samples(args.file)
    unit = "samples" if not args.file.endswith(".json") else "ms"
    inclusive = collections.Counter()
    exclusive = collections.Counter()
    components = collections.Counter()
    running = waiting = 0.0
    for stack, weight in samples:
        stack = managed(stack)
        if not stack:
            continue
        if not args.all and is_waiting(stack):
            waiting += weight
            continue
        stack = strip_pseudo(stack)
        if not stack:
            continue
        running += weight
        exclusive[stack[-1]] += weight
        for frame in set(stack):
            inclusive[frame] += weight
        components[component(stack)] += weight

    if running == 0:
        print("no running samples")
        return 1
    print(f"running {running:,.0f} {unit}, waiting {waiting:,.0f} {unit} (set aside)")
    print()
    print(f"### time by component (innermost recognised frame of each running sample)")
    print()
    print("| component | share | " + unit + " |")
    print("|---|---|---|")
    for name, weight in components.most_common():
        print(f"| {name} | {weight / running:6.1%} | {weight:,.0f} |")
    print()
    print(f"### top {args.top} frames by exclusive time")
    print()
    print("| exclusive | inclusive | frame |")
    print("|---|---|---|")
    for frame, weight in exclusive.most_common(args.top):
        print(f"| {weight / running:6.1%} | {inclusive[frame] / running:6.1%} | `{short(frame)}` |")
    print()
    print(f"### top {args.top} frames by inclusive time (own code and libraries; thread and async plumbing left out)")
    print()
    print("| inclusive | exclusive | frame |")
    print("|---|---|---|")
    plumbing = re.compile(r"ExecutionContext\.Run|ThreadPoolWorkQueue|WorkerThread|AsyncStateMachineBox|AsyncTaskMethodBuilder|"
                          r"Thread\.StartCallback|ThreadPool|Task\.ExecuteWithThreadLocal|Task\.ExecuteEntry|TaskAwaiter|"
                          r"IOCompletionCallback|SocketAsyncEngine|AwaitTaskContinuation|ContinuationWrapper|RunContinuations|"
                          r"\.Invoke\(|ValueTask|StateMachineBox|ThreadPoolTypedWorkItemQueue|UnmanagedThreadPool|SocketAsyncContext|"
                          r"SocketAsyncEventArgs|Task`1\.TrySetResult|Task\.FinishContinuations|TrySetResult|SetResult|"
                          r"^UNMANAGED_CODE_TIME$|CPU_TIME")
    shown = 0
    for frame, weight in inclusive.most_common():
        if plumbing.search(frame):
            continue
        print(f"| {weight / running:6.1%} | {exclusive[frame] / running:6.1%} | `{short(frame)}` |")
        shown += 1
        if shown >= args.top:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
