import type { CheckRun } from '../../../shared/check-result';
import type { Lang } from '../../../shared/lang';
import type { CatalogRef } from '../../../shared/catalog';
import type { AppliedFix } from '../../../shared/fixes-schemas';
import { reportDocumentSchema, type ReportDocument } from '../../../shared/report-schemas';
import { personalNamesInFacts, personalNamesOfThisPc, type PersonalNames } from './personal-names';
import { redactDocument } from './redact';
import { translator } from '../../../shared/i18n';

export interface BuildReportOptions {
  redact: boolean;
  lang: Lang;
  /** The fix journal's entries: what Session Prep changed on this PC. */
  journal?: readonly AppliedFix[];
  /** The catalog, when the run does not name it itself. */
  catalog?: CatalogRef;
  /** Exact strings to remove wherever they appear. */
  secrets?: readonly string[];
  /** The `--proxy` URL: its password is removed wherever a probe may have echoed it, its user name when redacting. */
  proxyUrl?: string;
  /** Personal names to hide besides those in the run's facts; defaults to this PC's user and host names. */
  names?: PersonalNames;
  now?: Date;
  /** Domains that stay visible even under the PC's domain: the vendor's (the catalog's domains and hosts). */
  keptDomains?: readonly string[];
  /** More that could not be covered, e.g. a fix journal that could not be read. */
  alsoUntested?: readonly { id?: string; reason: string }[];
  /** The request for IT as plain text (issue 15), written for this run with the same redaction choice. */
  itRequest?: string;
}

/** The report document: the run, its context, and what was not tested; redacted before anything renders it. */
export function buildReport(run: CheckRun, options: BuildReportOptions): ReportDocument {
  const untested = [
    ...(run.notTested ?? []).map((reason) => ({ reason })),
    ...run.checks
      .filter(
        (c) =>
          c.status === 'skipped' || c.verdict === 'not_determined' || c.verdict === 'unmeasured',
      )
      .map((c) => ({ id: c.id, reason: c.message })),
    ...(options.alsoUntested ?? []),
  ];
  const draft = reportDocumentSchema.parse({
    ...run,
    reportVersion: 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    reportLang: options.lang,
    redacted: options.redact,
    redactions: { user: 0, host: 0, ip: 0, mac: 0, email: 0, key: 0, credential: 0 },
    catalog: run.catalog ?? options.catalog ?? null,
    proxy: run.proxy ?? null,
    fixesApplied: options.journal ?? [],
    untested,
    ...(options.itRequest === undefined ? {} : { itRequest: options.itRequest }),
  });
  const inFacts = personalNamesInFacts(run.system);
  const own = options.names ?? personalNamesOfThisPc();
  const { value, counts } = redactDocument(draft, {
    redact: options.redact,
    userNames: [...inFacts.userNames, ...own.userNames, ...proxyUserOf(options.proxyUrl)],
    hostNames: [...inFacts.hostNames, ...own.hostNames],
    homeDirs: own.homeDirs ?? [],
    dnsDomains: own.dnsDomains ?? [],
    keptDomains: options.keptDomains ?? [],
    secrets: [...(options.secrets ?? []), ...passwordsOf(options.proxyUrl)],
  });
  const t = translator(options.lang);
  const visible = options.redact
    ? { visibleAfterRedaction: VISIBLE.map((key) => t(`report:visible.${key}`)) }
    : {};
  return reportDocumentSchema.parse({ ...value, redactions: counts, ...visible });
}

// What redaction deliberately keeps, so a reader knows what a redacted report still tells.
const VISIBLE = [
  'vendor',
  'results',
  'system',
  'certificates',
  'otherHosts',
  'kept',
  'times',
] as const;

/** The password of the `--proxy` URL, raw and decoded: removed from any text a probe may have echoed it into. */
function passwordsOf(proxyUrl: string | undefined): string[] {
  if (!proxyUrl || !URL.canParse(proxyUrl)) return [];
  const { password } = new URL(proxyUrl);
  return [...new Set([password, safeDecode(password)].filter((v) => v.length > 0))];
}

/** The `--proxy` URL's user name: a person's name, so it is hidden like one when redacting. */
function proxyUserOf(proxyUrl: string | undefined): string[] {
  if (!proxyUrl || !URL.canParse(proxyUrl)) return [];
  const { username } = new URL(proxyUrl);
  return username ? [safeDecode(username)] : [];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A malformed escape: the raw form is what was typed.
    return text;
  }
}
