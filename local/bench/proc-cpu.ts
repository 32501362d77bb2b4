import fs from 'node:fs';

// CPU time of the processes behind a benchmark, from /proc (Linux): which server a request's cost lands on. A
// process is found by the port it listens on, so the stack needs no change to be measured.

const TICKS_PER_SECOND = 100;

/** The inode of the socket listening on 127.0.0.1:`port` (or any address), from /proc/net/tcp{,6}. */
function listeningInode(port: number): string | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; the inode is column 10.
      if (cols.length > 9 && cols[1].endsWith(`:${hexPort}`) && cols[3] === '0A') return cols[9];
    }
  }
  return undefined;
}

/** The process holding the socket that listens on `port`, or undefined (not Linux, or not ours to read). */
export function pidListeningOn(port: number): number | undefined {
  const inode = listeningInode(port);
  if (!inode) return undefined;
  const target = `socket:[${inode}]`;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      for (const fd of fs.readdirSync(`/proc/${entry}/fd`)) {
        if (fs.readlinkSync(`/proc/${entry}/fd/${fd}`) === target) return Number(entry);
      }
    } catch {
      // A process that ended meanwhile, or one we may not read.
    }
  }
  return undefined;
}

/** Fields of /proc/PID/stat after the command name: utime, stime, cutime, cstime are fields 14–17. */
function statFields(pid: number): number[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
  } catch {
    return undefined;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/**
 * CPU milliseconds used so far by `pid`, and with `withChildren` by its descendants too: the live ones, and the
 * ones that have exited and been reaped (cutime/cstime), such as PostgreSQL's parallel workers.
 */
export function cpuMs(pid: number, withChildren = false): number {
  const f = statFields(pid);
  if (!f) return 0;
  // After the name: f[0] is field 3 (state), so utime (14) is f[11], stime f[12], cutime f[13], cstime f[14].
  let ticks = f[11] + f[12];
  if (withChildren) {
    ticks += f[13] + f[14];
    for (const child of childrenOf(pid)) ticks += (cpuMs(child, true) * TICKS_PER_SECOND) / 1000;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
