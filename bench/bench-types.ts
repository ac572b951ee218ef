/** One measured figure. Benchmarks report; they never assert. */
export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  goal?: string;
  ok?: boolean;
}

/** What each `bench/*.bench.ts` module's `run()` returns. */
export interface BenchSection {
  title: string;
  rows: BenchRow[];
  notes?: string[];
}
