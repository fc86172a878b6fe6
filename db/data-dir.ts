// Where the embedded database lives, and the lock that makes one process its only owner: two processes on
// one PGlite directory corrupt it silently (PLATFORM-NOTES.md), so a second one must be refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function dataDir(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.GONGKAI_DATA_DIR || path.join(process.cwd(), '.data'),
  );
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly ownerPid: number,
    readonly ownerCommand: string,
  ) {
    super(
      `The embedded database in ${dir} is in use by process ${ownerPid} (${ownerCommand}). ` +
        'Stop that process first, or, if it is the dashboard server, upload reports through its admin page (/admin).',
    );
    this.name = 'DataDirLockedError';
  }
}

interface LockInfo {
  pid: number;
  host: string;
  command: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the directory's lock or throws DataDirLockedError; returns the release function. */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = path.join(dir, 'gongkai.lock');
  const me: LockInfo = { pid: process.pid, host: os.hostname(), command: process.argv.slice(1, 3).join(' ') };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          const current = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as LockInfo;
          if (current.pid === me.pid) fs.unlinkSync(lockFile);
        } catch {
          // already gone: nothing to release
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: LockInfo | null = null;
      try {
        owner = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as LockInfo;
      } catch {
        owner = null; // half-written or unreadable lock: treat as stale
      }
      if (owner && owner.pid !== process.pid && owner.host === me.host && isAlive(owner.pid)) {
        throw new DataDirLockedError(dir, owner.pid, owner.command);
      }
      if (owner && owner.pid === process.pid) {
        throw new Error(`This process already holds the embedded database in ${dir}; reuse its handle.`);
      }
      // a lock left by a process that died (kill -9): take it over
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dir}.`);
}
