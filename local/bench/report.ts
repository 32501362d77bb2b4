import fs from 'node:fs';
import type { LatencyStats, ThroughputStats } from './load';

// Renders the benchmark's figures as markdown and refreshes its own section of docs/benchmarks.md, leaving
// the other sections (written by other benchmarks) as they are.

export interface ContenderResult {
  name: string;
  latency: LatencyStats;
  throughput?: ThroughputStats;
  peakRssBytes?: number;
}

const ms = (v: number) => v.toFixed(2);
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

export function resultsTable(results: ContenderResult[], concurrency: number): string {
  const head = `| contender | p50 ms | p99 ms | mean ms | req/s at c=${concurrency} | p50 / p99 ms at c=${concurrency} | peak RSS |`;
  const rows = results.map((r) => {
    const t = r.throughput;
    return `| ${r.name} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${ms(r.latency.mean)} | ${t ? Math.round(t.perSecond) : '—'} | ${t ? `${ms(t.p50)} / ${ms(t.p99)}` : '—'} | ${r.peakRssBytes ? mib(r.peakRssBytes) : '—'} |`;
  });
  return [head, '|---|---:|---:|---:|---:|---:|---:|', ...rows].join('\n');
}

/**
 * `doc` with its `heading` section (from the heading line to the next `## ` heading) replaced by `section`,
 * or `section` appended when the heading is not there yet.
 */
export function replaceSection(doc: string, heading: string, section: string): string {
  const body = section.endsWith('\n') ? section : `${section}\n`;
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start === -1) return `${doc.replace(/\n*$/, '')}\n\n${body}`;
  let end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  if (end === -1) end = lines.length;
  const after = lines.slice(end).join('\n');
  return `${[...lines.slice(0, start), body.replace(/\n$/, '')].join('\n')}\n${after ? `\n${after}` : ''}`;
}

export function updateDocSection(file: string, heading: string, section: string) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  fs.writeFileSync(file, replaceSection(current, heading, section));
}
