// A throw-away database on the PostgreSQL server for a bench run (GONGKAI_BENCH_PG_URL, else the test server).
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDb, type DbHandle } from '../db/client';

export async function freshPostgres(): Promise<{ handle: DbHandle; url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.GONGKAI_BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const name = `gk_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDb({ url: url.toString() });
  return {
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
