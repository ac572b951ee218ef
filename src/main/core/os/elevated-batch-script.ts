import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { POWERSHELL_FLAGS, powerShellArgv, psQuote, scriptOf } from './powershell';

/** One change (or one journal entry) inside the single elevated run: its scripts, and the rollback on failure. */
export interface BatchItem {
  id: string;
  /** Run in order; apply stops at the first that fails, undo runs them all. */
  steps: string[];
  /** Run only when a step failed, so a half-made change is reverted in the same elevated process. */
  rollback: string[];
  stopAtFirstFailure: boolean;
}

/** The scripts inside commands of our encoded form; undefined when any command is another shape (not batched). */
export function encodedScripts(commands: readonly (readonly string[])[]): string[] | undefined {
  const scripts: string[] = [];
  for (const argv of commands) {
    const script = scriptOf(argv);
    if (script === undefined) return undefined;
    scripts.push(script);
  }
  return scripts;
}

// Each step's script is a literal handed to [scriptblock]::Create, so a step that does not even parse fails
// alone; 'Stop' turns its errors into the failure we record, as its own process's exit code did before.
const PRELUDE = [
  "$ErrorActionPreference = 'Continue'",
  'function Invoke-Step([string]$Code) {',
  "  $ErrorActionPreference = 'Stop'",
  '  try { & ([scriptblock]::Create($Code)) | Out-Null; return $null } catch { return [string]$_.Exception.Message }',
  '}',
  'function Write-Outcome([string]$Id, $Failure, $Undone) {',
  '  $line = ConvertTo-Json -Compress -InputObject ([ordered]@{ id = $Id; error = $Failure; undone = $Undone })',
  '  Add-Content -LiteralPath $resultPath -Value $line -Encoding UTF8',
  '}',
];

/**
 * The one script the elevated PowerShell runs: every item in turn, each writing one line of outcome to
 * `resultPath` (in our data folder) as soon as it is done, so a later failure or a kill hides nothing before it.
 */
export function combinedScript(items: readonly BatchItem[], resultPath: string): string {
  const lines = [`$resultPath = ${psQuote(resultPath)}`, ...PRELUDE];
  for (const item of items) {
    lines.push(`# ${item.id}`, '$errors = @()');
    for (const [i, step] of item.steps.entries()) {
      const guard = item.stopAtFirstFailure && i > 0 ? 'if ($errors.Count -eq 0) { ' : '';
      lines.push(
        `${guard}$e = Invoke-Step ${psQuote(step)}; if ($null -ne $e) { $errors += $e }${guard ? ' }' : ''}`,
      );
    }
    lines.push(
      "$failure = if ($errors.Count -gt 0) { $errors -join '; ' } else { $null }",
      '$undone = $null',
    );
    if (item.rollback.length > 0) {
      lines.push('if ($null -ne $failure) {', '  $undone = $true');
      for (const step of item.rollback)
        lines.push(`  if ($null -ne (Invoke-Step ${psQuote(step)})) { $undone = $false }`);
      lines.push('}');
    }
    lines.push(`Write-Outcome ${psQuote(item.id)} $failure $undone`);
  }
  return lines.join('\n');
}

/** The elevated side: a fixed bootstrap that inflates the combined script and runs it. */
export function bootstrapScript(payload: string): string {
  if (!/^[A-Za-z0-9+/]+=*$/.test(payload))
    throw new Error('bootstrapScript: payload is not base64');
  return [
    "$ErrorActionPreference = 'Stop'",
    `$zip = [Convert]::FromBase64String(${psQuote(payload)})`,
    '$gzip = New-Object IO.Compression.GZipStream((New-Object IO.MemoryStream(,$zip)), [IO.Compression.CompressionMode]::Decompress)',
    '$text = (New-Object IO.StreamReader($gzip, [Text.Encoding]::UTF8)).ReadToEnd()',
    '& ([scriptblock]::Create($text))',
  ].join('\n');
}

/**
 * The argument array that runs the combined script with ONE UAC prompt. Windows caps a command line at 32,767
 * characters and -EncodedCommand nests at ×2.7 per level, so the script travels gzip-compressed and only the
 * non-elevated side encodes the small bootstrap for Start-Process.
 */
export function elevatedBatchCommand(script: string): string[] {
  const payload = gzipSync(Buffer.from(script, 'utf8'), { level: 9 }).toString('base64');
  const outer = [
    `$inner = ${psQuote(bootstrapScript(payload))}`,
    '$encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($inner))',
    `$p = Start-Process -FilePath 'powershell.exe' -ArgumentList @(${POWERSHELL_FLAGS.map(psQuote).join(',')},$encoded) -Verb RunAs -Wait -PassThru -WindowStyle Hidden`,
    'exit $p.ExitCode',
  ].join('\n');
  return powerShellArgv(outer);
}

const outcomeLineSchema = z.object({
  id: z.string().min(1),
  error: z.string().nullable(),
  undone: z.boolean().nullable(),
});
export type BatchOutcome = z.infer<typeof outcomeLineSchema>;

/** The outcomes the elevated script wrote, by id; a line that does not parse is ignored (its item stays unknown). */
export function parseBatchOutcomes(text: string): Map<string, BatchOutcome> {
  const outcomes = new Map<string, BatchOutcome>();
  for (const raw of text.split(/\r?\n/)) {
    // Windows PowerShell 5.1's -Encoding UTF8 starts the file with a byte-order mark.
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      continue;
    }
    const parsed = outcomeLineSchema.safeParse(json);
    if (parsed.success) outcomes.set(parsed.data.id, parsed.data);
  }
  return outcomes;
}
