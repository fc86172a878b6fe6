#!/usr/bin/env node
// `npm run up`: the newcomer's one command. Installs what is missing, builds when sources changed, creates and
// migrates the embedded database, loads the bundled sample reports once, and serves the dashboard.
// Run again, it reuses all of that and starts in seconds. Port: PORT=4000 npm run up (default 3000).
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const port = process.env.PORT || '3000';

function sh(cmd, args, ok = [0]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (!ok.includes(r.status)) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (['node_modules', '.next', '.data'].includes(path.basename(p))) return;
      for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}

// 1. dependencies: install when node_modules is missing or older than the lock file
const lockMtime = fs.existsSync('package-lock.json') ? fs.statSync('package-lock.json').mtimeMs : 0;
const installed = 'node_modules/.package-lock.json';
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < lockMtime) {
  sh('npm', fs.existsSync('package-lock.json') ? ['ci'] : ['install']);
}

// 2. production build when any source is newer than the last build
const built = '.next/BUILD_ID';
const sources = ['app', 'components', 'lib', 'db', 'public', 'next.config.ts', 'package-lock.json'];
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newestMtime(sources)) {
  sh('npx', ['next', 'build']);
}

// 3. database and sample reports: ingest migrates first and skips files it already holds (by hash)
// (exit 2 = some files failed and were listed; the others landed, so the dashboard still starts)
sh('node', ['--import', 'tsx', 'scripts/ingest.ts', 'samples/reports', '--quiet'], [0, 2]);

// 4. serve
console.log(`\n公开透镜 Gongkai Lens → http://localhost:${port}\n`);
const server = spawn('npx', ['next', 'start', '-p', port], { stdio: 'inherit', env });
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
