// Worker entry: register tsx's loader in this thread first (hooks do not carry over from the parent),
// then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
