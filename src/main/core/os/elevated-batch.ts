import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isElevationRefusal } from './elevation';
import { commandOf, type CommandRunner } from './run-command';
import {
  combinedScript,
  elevatedBatchCommand,
  parseBatchOutcomes,
  type BatchItem,
  type BatchOutcome,
} from './elevated-batch-script';

export interface BatchRun {
  /** The user said No to the UAC prompt: nothing ran. */
  declined: boolean;
  /** What each item reported; an item missing here has an unknown outcome (the process died, or never started). */
  outcomes: Map<string, BatchOutcome>;
  /** The non-elevated side's error, for items without an outcome. */
  error: string;
}

/** Runs all items in one elevated PowerShell (one UAC prompt) and reads back each item's outcome. */
export async function runElevatedBatch(
  items: readonly BatchItem[],
  dataDir: string,
  run: CommandRunner,
): Promise<BatchRun> {
  await mkdir(dataDir, { recursive: true });
  const resultPath = join(dataDir, `elevated-run-${randomBytes(6).toString('hex')}.jsonl`);
  try {
    const res = await run(commandOf(elevatedBatchCommand(combinedScript(items, resultPath))));
    const text = await readFile(resultPath, 'utf8').catch(() => '');
    const outcomes = parseBatchOutcomes(text);
    const error =
      res.startError ??
      (res.stderr.trim() ||
        (res.code === 0
          ? 'no outcome was written'
          : res.code === null
            ? 'the process was stopped'
            : `exit ${String(res.code)}`));
    // A refusal is believed only when nothing was written: then the elevated process never started.
    return {
      declined: outcomes.size === 0 && !res.ok && isElevationRefusal(res.stderr),
      outcomes,
      error,
    };
  } finally {
    await rm(resultPath, { force: true });
  }
}
