// `npm run db:migrate`: creates the database (embedded by default), applies migrations, loads the gazetteer.
import { createDb } from '../db/client';
import { migrate } from '../db/migrate';

async function main() {
  const handle = await createDb();
  try {
    await migrate(handle);
    console.error(`Database ready (${handle.kind}: ${handle.location}).`);
  } finally {
    await handle.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
