import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '@/lib/report/types';
import { CORPUS, ROOT } from './helpers/read';

// `npm run parse` as a user runs it: a child process, JSON Lines on stdout, logs on stderr.

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function parseCli(...files: string[]) {
  const run = spawnSync(TSX, ['scripts/parse.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter(Boolean);
  return {
    status: run.status,
    stderr: run.stderr,
    stdout: run.stdout,
    reports: lines.map((line) => JSON.parse(line) as ParsedReport),
  };
}

const corpus = (name: string) => path.join(CORPUS, name);

describe('npm run parse', () => {
  it('prints one report per file, in order, and exits 0 when all could be read', () => {
    const files = [corpus('seed-bacun-2023.txt'), corpus('pingtan-2021.html'), corpus('003.txt')];
    const { status, reports, stdout } = parseCli(...files);
    expect(status).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(reports.map((r) => r.file)).toEqual(files);
    for (const r of reports) {
      expect(r.error).toBeNull();
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const [seed, html, archive] = reports;
    expect(seed.meta.template).toBe('gov2021');
    expect(Object.keys(seed.cells)).toHaveLength(200);
    expect(html.meta.year).toBe(2021);
    expect(html.meta.publishedOn).toBe('2022-02-08');
    expect(html.cells['applications.newReceived.total']).toBe(70);
    expect(html.cells['litigation.direct.total']).toBe(12);
    expect(archive.meta.template).toBe('gov2019');
  });

  it('a missing file, a directory and a binary file get error lines and exit 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parse-cli-'));
    const binary = path.join(dir, 'scan.txt');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const missing = path.join(dir, 'missing.txt');
    const { status, reports, stderr } = parseCli(
      missing,
      corpus('seed-wucun-2022.txt'),
      binary,
      dir,
    );
    expect(status).toBe(1);
    expect(reports.map((r) => [r.file, r.error?.code ?? null])).toEqual([
      [missing, 'notFound'],
      [corpus('seed-wucun-2022.txt'), null],
      [binary, 'binary'],
      [dir, 'unreadable'],
    ]);
    expect(reports[2].sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const r of [reports[0], reports[2], reports[3]]) {
      expect(r.error?.message).toContain(r.file);
      expect(r.cells).toEqual({});
      expect(stderr).toContain(r.error?.message);
    }
  });

  it('without a file it prints a usage sentence and exits 1', () => {
    const { status, stdout, stderr } = parseCli();
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Usage: npm run parse -- <file>/);
  });
});
