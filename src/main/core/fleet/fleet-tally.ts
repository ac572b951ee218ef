import type { FleetChange, FleetPc, FleetSummary } from '../../../shared/fleet-schemas';
import type { Lang } from '../../../shared/lang';
import type { PcRun } from './pc-run';

/** The skipped files listed by name; beyond that, only counted (a share full of other JSON stays readable). */
export const MAX_SKIPPED_LISTED = 1000;

interface PcRuns {
  latest: PcRun;
  previous: PcRun | undefined;
  runs: number;
}

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

// Later run wins; for one instant (the same run copied twice), the first path in name order.
function isLater(a: PcRun, b: PcRun): boolean {
  const ta = Date.parse(a.startedAt);
  const tb = Date.parse(b.startedAt);
  return ta !== tb ? ta > tb : byName.compare(a.file, b.file) < 0;
}

const verdictsOf = (run: PcRun) => run.causes.map((c) => c.verdict);

/**
 * The fleet picture, built one run at a time: for each PC only its two latest runs are kept (the summary
 * counts the latest, and compares it with the one before), so memory grows with the PCs, not the files.
 */
export class FleetTally {
  private readonly pcs = new Map<string, PcRuns>();
  private readonly skipped: FleetSummary['skipped'] = [];
  private skippedCount = 0;
  private readCount = 0;

  addRun(run: PcRun): void {
    this.readCount += 1;
    const known = this.pcs.get(run.pc);
    if (!known) {
      this.pcs.set(run.pc, { latest: run, previous: undefined, runs: 1 });
      return;
    }
    const isSameRun = known.latest.startedAt === run.startedAt;
    if (isSameRun || known.previous?.startedAt === run.startedAt) {
      if (isSameRun && isLater(run, known.latest)) known.latest = run;
      return;
    }
    known.runs += 1;
    if (isLater(run, known.latest)) {
      known.previous = known.latest;
      known.latest = run;
    } else if (!known.previous || isLater(run, known.previous)) known.previous = run;
  }

  addSkip(file: string, reason: string): void {
    this.skippedCount += 1;
    if (this.skipped.length < MAX_SKIPPED_LISTED) this.skipped.push({ file, reason });
  }

  get readFiles(): number {
    return this.readCount;
  }

  summary(lang: Lang, now: Date = new Date()): FleetSummary {
    const all = [...this.pcs.values()].sort((a, b) => byName.compare(a.latest.pc, b.latest.pc));
    const latest = all.map((p) => p.latest);
    const ready = latest.filter((r) => r.ready).length;
    return {
      summaryVersion: 1,
      generatedAt: now.toISOString(),
      lang,
      files: { read: this.readCount, skipped: this.skippedCount },
      pcs: { total: latest.length, ready, notReady: latest.length - ready },
      byCause: byCause(latest),
      byInterception: byInterception(latest),
      byOs: byOs(latest),
      changed: all.flatMap((p) => {
        const change = changeOf(p);
        return change ? [change] : [];
      }),
      pcList: all.map(pcOf),
      skipped: [...this.skipped].sort((a, b) => byName.compare(a.file, b.file)),
      skippedNotListed: this.skippedCount - this.skipped.length,
    };
  }
}

function byCause(runs: readonly PcRun[]): FleetSummary['byCause'] {
  const causes = new Map<string, { pcNames: string[]; blocking: number; targets: Set<string> }>();
  for (const run of runs)
    for (const cause of run.causes) {
      let entry = causes.get(cause.verdict);
      if (!entry)
        causes.set(cause.verdict, (entry = { pcNames: [], blocking: 0, targets: new Set() }));
      entry.pcNames.push(run.pc);
      if (cause.isBlocking) entry.blocking += 1;
      for (const t of cause.targets) entry.targets.add(t);
    }
  return [...causes.entries()]
    .map(([verdict, e]) => ({
      verdict,
      pcs: e.pcNames.length,
      blocking: e.blocking,
      pcNames: e.pcNames,
      targets: [...e.targets].sort(byName.compare),
    }))
    .sort((a, b) => b.blocking - a.blocking || b.pcs - a.pcs || a.verdict.localeCompare(b.verdict));
}

function byInterception(runs: readonly PcRun[]): FleetSummary['byInterception'] {
  // By product; an unnamed one by its issuer, so two different unknown devices stay apart.
  const groups = new Map<
    string,
    { product: string | null; issuers: Set<string>; pcNames: Set<string> }
  >();
  for (const run of runs)
    for (const seen of run.interception) {
      const key = seen.product !== null ? `p:${seen.product}` : `i:${seen.issuer ?? ''}`;
      let group = groups.get(key);
      if (!group)
        groups.set(
          key,
          (group = { product: seen.product, issuers: new Set(), pcNames: new Set() }),
        );
      if (seen.issuer !== null) group.issuers.add(seen.issuer);
      group.pcNames.add(run.pc);
    }
  return [...groups.values()]
    .map((g) => ({
      product: g.product,
      issuers: [...g.issuers].sort(byName.compare),
      pcs: g.pcNames.size,
      pcNames: [...g.pcNames],
    }))
    .sort((a, b) => b.pcs - a.pcs || (a.product ?? '\uffff').localeCompare(b.product ?? '\uffff'));
}

function byOs(runs: readonly PcRun[]): FleetSummary['byOs'] {
  const groups = new Map<string | null, { pcs: number; ready: number }>();
  for (const run of runs) {
    const group = groups.get(run.os) ?? { pcs: 0, ready: 0 };
    group.pcs += 1;
    if (run.ready) group.ready += 1;
    groups.set(run.os, group);
  }
  return [...groups.entries()]
    .map(([os, g]) => ({ os, pcs: g.pcs, ready: g.ready }))
    .sort((a, b) => b.pcs - a.pcs || (a.os ?? '\uffff').localeCompare(b.os ?? '\uffff'));
}

function changeOf({ latest, previous }: PcRuns): FleetChange | undefined {
  if (!previous) return undefined;
  const before = new Set(verdictsOf(previous));
  const after = new Set(verdictsOf(latest));
  const gone = [...before].filter((v) => !after.has(v));
  const appeared = [...after].filter((v) => !before.has(v));
  if (previous.ready === latest.ready && gone.length === 0 && appeared.length === 0)
    return undefined;
  const side = (r: PcRun) => ({ file: r.file, startedAt: r.startedAt, ready: r.ready });
  return { pc: latest.pc, before: side(previous), after: side(latest), gone, appeared };
}

function pcOf({ latest, runs }: PcRuns): FleetPc {
  return {
    pc: latest.pc,
    file: latest.file,
    startedAt: latest.startedAt,
    ready: latest.ready,
    cancelled: latest.cancelled,
    os: latest.os,
    toolVersion: latest.toolVersion,
    causes: verdictsOf(latest),
    blocking: latest.causes.filter((c) => c.isBlocking).map((c) => c.verdict),
    interception: latest.interception.map((i) => i.product ?? i.issuer ?? '?'),
    runs,
  };
}
