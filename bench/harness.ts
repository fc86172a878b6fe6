// The shared measuring loop of every bench: run a unit of work repeatedly on one core for a fixed
// time per round, several rounds, and report the median rate with its spread. Medians, because a
// garbage collection or a noisy neighbour spoils a round, not the machine's speed.

export interface RateSummary {
  /** units of work per second: median, slowest and fastest round */
  median: number;
  min: number;
  max: number;
  rounds: number;
  roundMs: number;
  /** the same rate per second of this process's CPU time: what the work costs whatever else the machine
   * is doing (on a shared machine the wall-clock rate only says how much CPU the process was given) */
  cpuMedian?: number;
}

export interface BenchOptions {
  rounds: number;
  roundMs: number;
}

export const DEFAULT_OPTIONS: BenchOptions = { rounds: 5, roundMs: 3000 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * `work(i)` does the i-th unit (callers cycle through their inputs with it). One warm-up round
 * lets the JIT settle before anything is counted.
 */
export function measureRate(work: (i: number) => void, options: BenchOptions): RateSummary {
  const cpuRates: number[] = [];
  const run = (ms: number): number => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    let done = 0;
    let now = start;
    while (now - start < ms) {
      work(done++);
      now = performance.now();
    }
    const used = process.cpuUsage(cpu);
    cpuRates.push((done * 1e6) / Math.max(1, used.user + used.system));
    return (done * 1000) / (now - start);
  };
  run(Math.min(1000, options.roundMs));
  cpuRates.length = 0;
  const rates = Array.from({ length: options.rounds }, () => run(options.roundMs));
  return {
    cpuMedian: median(cpuRates),
    median: median(rates),
    min: Math.min(...rates),
    max: Math.max(...rates),
    rounds: options.rounds,
    roundMs: options.roundMs,
  };
}

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export interface BenchRow {
  name: string;
  rate: RateSummary;
  unit: string;
  target?: number;
  /** for times and sizes: the target is a ceiling, not a floor */
  lowerIsBetter?: boolean;
  inputs: number;
}

export interface BenchReport {
  bench: string;
  at: string;
  node: string;
  rows: BenchRow[];
  peakRssMb: number;
}

/** A bench's rows with when, on which Node and at what peak memory they were taken. */
export function benchReport(bench: string, rows: BenchRow[]): BenchReport {
  return { bench, at: new Date().toISOString(), node: process.version, rows, peakRssMb: peakRssMb() };
}
