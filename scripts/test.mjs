#!/usr/bin/env node
// `npm test`: every layer — typecheck, lint, unit, database (PGlite and PostgreSQL) and end-to-end tests in
// Chromium — and a last line `N passed, N failed`. Plain Node so it runs before anything is built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(cmd, args, opts = {}) {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const child = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, ...opts });
  return child.status ?? 1;
}

function step(name, cmd, args) {
  const status = run(cmd, args);
  if (status === 0) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(name);
  }
}

// Vitest reports each test; count them from its JSON report.
function vitest(name, args) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gk-vitest-')), 'report.json');
  const status = run('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`]);
  let counted = false;
  try {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    results.passed += report.numPassedTests;
    results.failed += report.numFailedTests;
    results.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    counted = true;
    // a file that fails to load has no tests to count: it is still a failure
    const broken = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
    results.failed += broken.length;
    for (const f of broken) failures.push(`${name}: ${path.relative(process.cwd(), f.name)} did not load`);
    if (report.numFailedTests > 0) failures.push(`${name}: ${report.numFailedTests} failing`);
  } catch {
    // no report at all
  }
  if (!counted || (status !== 0 && results.failed === 0)) {
    results.failed += 1;
    failures.push(`${name} (exit ${status})`);
  }
}

function ensureChromium() {
  if (fs.existsSync('/usr/bin/chromium')) return true;
  if (process.getuid && process.getuid() === 0) {
    console.log('Chromium is missing: installing Debian\'s chromium and CJK fonts (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const status = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env }).status;
    return status === 0 && fs.existsSync('/usr/bin/chromium');
  }
  console.error('End-to-end tests need Chromium: install Debian\'s package with `sudo apt-get install chromium fonts-noto-cjk`, then run `npm test` again.');
  process.exit(1);
}

function ensureCjkFonts() {
  // screenshots and share images must show Chinese, not boxes
  if (fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) return;
  if (process.getuid && process.getuid() === 0) {
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
}

// a fresh clone has no node_modules yet: install exactly what the lock file says
if (!fs.existsSync('node_modules/.package-lock.json')) {
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) {
    console.error('npm ci failed: the dependencies could not be installed.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const only = process.argv[2];
if (!only || only === 'static') {
  step('typecheck', 'npx', ['tsc', '--noEmit']);
  step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
}
if (!only || only === 'vitest') vitest('unit+db', ['--project', 'unit', '--project', 'db']);
if (!only || only === 'e2e') {
  if (ensureChromium()) {
    ensureCjkFonts();
    vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
  } else {
    results.failed += 1;
    failures.push('e2e: Chromium could not be installed');
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
if (results.skipped) console.log(`(${results.skipped} skipped)`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
