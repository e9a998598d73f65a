// Process and machine statistics from /proc (Linux), for the benchmark: the workerd processes
// Miniflare spawns (one per instance, found as the children of this Node process whose executable
// is workerd), their peak resident memory and CPU time, and how much CPU other processes used
// meanwhile (a noisy neighbour makes throughput figures unreliable).
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ; 100 on Linux everywhere that matters). */
export const CLOCK_TICKS = 100;

/** The pids whose parent is `ppid` (from /proc/<pid>/stat), optionally whose executable path matches `exe`. */
export function childPids(ppid = process.pid, exe = /workerd/) {
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 is the parent pid; the command name (field 2) may contain spaces, so split after its ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== ppid) continue;
      if (exe && !exe.test(processExe(Number(name)) ?? '')) continue;
      pids.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** The executable of `pid`, or null when it cannot be read. */
export function processExe(pid) {
  try {
    return readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return null;
  }
}

/** CPU time (user + system) used so far by `pid`, in clock ticks; null when the process is gone. */
export function cpuTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** CPU time all processes of the machine have used so far (every core, not idle nor waiting), in clock ticks. */
export function machineBusyTicks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal …: everything but idle and iowait is busy.
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return user + nice + system + irq + softirq + (steal ?? 0);
}

/**
 * Measures a stretch of work: call `stop()` at its end for the CPU that each of `pids` used (in
 * seconds), what this Node process used, and what everything else on the machine used.
 */
export function cpuMeter(pids) {
  const start = { at: process.hrtime.bigint(), node: process.cpuUsage(), machine: machineBusyTicks(), pids: pids.map(cpuTicks) };
  return {
    stop() {
      const seconds = Number(process.hrtime.bigint() - start.at) / 1e9;
      const node = process.cpuUsage(start.node);
      const nodeSeconds = (node.user + node.system) / 1e6;
      const pidSeconds = pids.map((pid, i) => ((cpuTicks(pid) ?? start.pids[i]) - start.pids[i]) / CLOCK_TICKS);
      const machineSeconds = (machineBusyTicks() - start.machine) / CLOCK_TICKS;
      const ours = nodeSeconds + pidSeconds.reduce((a, b) => a + b, 0);
      return { seconds, nodeSeconds, pidSeconds, othersSeconds: Math.max(0, machineSeconds - ours), othersCores: Math.max(0, machineSeconds - ours) / seconds };
    },
  };
}

/** Resident set size of `pid` in bytes (VmRSS), or null when the process is gone. */
export function rssBytes(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Samples the RSS of named processes every `intervalMs` and keeps each one's peak (and its last
 * value). `track(label, pid)` adds one; `stop()` ends sampling; `report()` gives
 * `{ [label]: { pid, peakBytes, lastBytes, samples } }`.
 */
export class PeakRssSampler {
  constructor(intervalMs = 200) {
    this.tracked = new Map();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  track(label, pid) {
    this.tracked.set(label, { pid, peakBytes: 0, lastBytes: 0, samples: 0 });
    this.sample();
  }

  sample() {
    for (const entry of this.tracked.values()) {
      const bytes = rssBytes(entry.pid);
      if (bytes === null) continue;
      entry.lastBytes = bytes;
      entry.peakBytes = Math.max(entry.peakBytes, bytes);
      entry.samples += 1;
    }
  }

  stop() {
    this.sample();
    clearInterval(this.timer);
  }

  report() {
    return Object.fromEntries(this.tracked);
  }
}
