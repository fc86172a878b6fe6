// Why saving a file failed, in one sentence for the ingest summary, and whether the database itself is gone
// (then trying the remaining files one by one only burns time: they are all reported at once instead).

/** drizzle wraps the driver's error and puts the whole statement with its parameters in its own message:
 * the reason is the innermost cause. */
function innermost(error: unknown): unknown {
  let inner = error;
  for (let depth = 0; depth < 10 && inner instanceof Error && inner.cause !== undefined && inner.cause !== inner; depth++)
    inner = inner.cause;
  return inner;
}

function messageOf(error: unknown): { raw: string; code: unknown } {
  const inner = innermost(error);
  return {
    raw: inner instanceof Error ? inner.message : String(inner),
    code: (inner as { code?: unknown } | null)?.code,
  };
}

const CONNECTION = /ECONNREFUSED|ECONNRESET|CONNECTION_(CLOSED|ENDED|DESTROYED)|CONNECT_TIMEOUT|terminat|connection/i;
// 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 08xxx connection exceptions
const CONNECTION_CODES = /^(57P0[123]|08\d{3}|ECONNREFUSED|ECONNRESET|CONNECTION_\w+|CONNECT_TIMEOUT)$/;

/** The database server went away (stopped, crashed, network gone). */
export function connectionLost(error: unknown): boolean {
  const { raw, code } = messageOf(error);
  return (typeof code === 'string' && CONNECTION_CODES.test(code)) || CONNECTION.test(raw);
}

export function describeFailure(error: unknown): string {
  const { raw, code } = messageOf(error);
  const message = raw.length > 200 ? `${raw.slice(0, 200)}…` : raw;
  if (code === 'ENOSPC' || code === '53100' || /ENOSPC|no space/i.test(raw)) return '磁盘空间已满，该文件未保存。';
  if (connectionLost(error)) return `保存时无法连接数据库（${message}），该文件未保存。`;
  return `保存失败，该文件的内容均未写入：${message}`;
}
