// The server's one database handle: opened on first use, migrated once, cached on globalThis so that
// Next's module reloads never open the embedded directory twice in one process.
import { createDb, type Db, type DbHandle } from './client';
import { migrate } from './migrate';

const key = Symbol.for('gongkai.serverDb');
type Holder = { [key]?: Promise<DbHandle> };

export function getServerHandle(): Promise<DbHandle> {
  const holder = globalThis as Holder;
  if (!holder[key]) {
    holder[key] = (async () => {
      const handle = await createDb();
      await migrate(handle);
      return handle;
    })();
    // a failed open (locked directory, server down) must not be cached forever: the next request retries
    holder[key].catch(() => {
      delete holder[key];
    });
  }
  return holder[key];
}

export async function getServerDb(): Promise<Db> {
  return (await getServerHandle()).db;
}
