import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpuMs, pidListeningOn } from './proc-cpu';

// bench:load finds each server by its port and reads its CPU time from /proc (Linux, where the benchmarks run).
describe('proc-cpu', () => {
  it('finds the process listening on a port, and none for a port nobody listens on', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(pidListeningOn(port)).toBe(process.pid);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(pidListeningOn(port)).toBeUndefined();
  });

  it('counts the CPU a process spends, and never less later', () => {
    const before = cpuMs(process.pid);
    const until = Date.now() + 150;
    let spin = 0;
    while (Date.now() < until) spin += Math.sqrt(spin + 1);
    expect(spin).toBeGreaterThan(0);
    expect(cpuMs(process.pid)).toBeGreaterThan(before);
    expect(cpuMs(process.pid, true)).toBeGreaterThanOrEqual(cpuMs(process.pid));
    expect(cpuMs(2 ** 22 + 12345)).toBe(0);
  });
});
