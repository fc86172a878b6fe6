// "Today" for the deadline check, in the time zone the deadlines are set in (China Standard Time).
export function todayIso(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
