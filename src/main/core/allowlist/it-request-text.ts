import type { CheckRun } from '../../../shared/check-result';
import { translator, type Translate } from '../../../shared/i18n';
import { isInterceptionProductId } from '../../../shared/interception';
import type { Lang } from '../../../shared/lang';
import { formatLocalTime } from '../../../shared/local-time';
import { connectivityFailure } from '../../../shared/results/common-cause';
import { causeView } from '../../../shared/results/cause-view';
import { pcIdentityOf } from '../../../shared/results/pc-identity';
import { revealInline } from '../../../shared/results/reveal-hidden-chars';
import { groupOfKind } from '../../../shared/verdicts';
import { personalNamesInFacts, type PersonalNames } from '../report/personal-names';
import { redactDocument } from '../report/redact';
import type { AllowlistHost, AllowlistModel } from './allowlist-model';

/** What the request says beyond the catalog: the run it reports, and whether the customer hides the PC. */
export interface ItRequestContext {
  /** The last run: its time, its causes and the PC it ran on. Absent: the request is the catalog's list. */
  run?: CheckRun;
  /** Leave out the PC's name, addresses and proxy, and replace personal data in the rest. */
  redact: boolean;
  /** This PC's own names, for the redaction (defaults: none beyond the run's facts). */
  names?: PersonalNames;
}

const indent = '   ';
const isGlobal = (h: AllowlistHost) => h.region === undefined || h.region === 'global';

/**
 * The request for IT as plain text that pastes into an e-mail (issue 15): sentences rather than codes, the
 * check's local time with its offset, the PC it is about, what stops the connection grouped by cause with
 * its fix once, the product that intercepts, then what to allow. No Markdown: mail shows it raw.
 */
export function itRequestText(
  model: AllowlistModel,
  lang: Lang,
  context: ItRequestContext = { redact: false },
): string {
  const t = translator(lang);
  const product = revealInline(model.product.name);
  const { run } = context;
  const out: string[] = [t('fixes:itRequest.title', { product }), ''];
  out.push(t('fixes:itRequest.intro', { product }));
  if (run) {
    const at = formatLocalTime(run.startedAt) ?? run.startedAt;
    out.push(
      t('fixes:itRequest.checkedAt', { at, tool: 'Session Prep', version: run.tool.version }),
    );
    out.push(
      run.ready
        ? t('fixes:itRequest.ready', { product })
        : connectivityFailure(run.checks)
          ? t('fixes:itRequest.offline')
          : t('fixes:itRequest.notReady', { product }),
    );
  } else {
    out.push(t('fixes:itRequest.notChecked', { product }));
  }
  if (run) out.push('', ...pcLines(run, context.redact, t));
  if (run) out.push('', ...causeLines(run, t, lang));
  for (const lines of interceptorLines(model, t)) out.push('', ...lines);
  out.push('', ...allowLines(model, run, t));
  out.push('', t('fixes:itRequest.thanks'), '');
  const text = out.map((l) => revealInline(l)).join('\n');
  return redactText(text, model, context);
}

function pcLines(run: CheckRun, redact: boolean, t: Translate): string[] {
  const title = t('fixes:itRequest.pcTitle');
  if (redact) return [title, indent + t('fixes:itRequest.pcRedacted')];
  const pc = pcIdentityOf(run);
  const list = (values: string[]) =>
    values.length ? values.join(', ') : t('fixes:itRequest.none');
  const proxy = pc.proxy
    ? pc.proxy.url
      ? t('fixes:itRequest.proxyFrom', {
          url: pc.proxy.url,
          source: t(`fixes:itRequest.proxySource.${pc.proxy.source}`),
        })
      : t('fixes:itRequest.direct')
    : t('fixes:itRequest.none');
  return [
    title,
    indent + t('fixes:itRequest.pcName', { value: pc.name ?? t('fixes:itRequest.none') }),
    indent + t('fixes:itRequest.pcAddresses', { value: list(pc.addresses) }),
    indent + t('fixes:itRequest.pcDns', { value: list(pc.dnsServers) }),
    indent + t('fixes:itRequest.pcProxy', { value: proxy }),
  ];
}

/** The network's causes (the system's are the customer's, not IT's), each with its hosts and its fix once. */
function causeLines(run: CheckRun, t: Translate, lang: Lang): string[] {
  const view = causeView(
    run.checks.filter((c) => groupOfKind(c.kind) !== 'system'),
    lang,
  );
  // An unmeasured bandwidth follows from the causes above it; it is not one for IT.
  const cards = view.cards.filter(
    (c) => (c.status === 'fail' || c.status === 'warn') && c.verdict !== 'unmeasured',
  );
  const out: string[] = [t('fixes:itRequest.causesTitle')];
  if (cards.length === 0) return [...out, indent + t('fixes:itRequest.noCause')];
  cards.forEach((card, i) => {
    out.push(t('fixes:itRequest.cause', { n: i + 1, cause: t(`report:cause.${card.verdict}`) }));
    if (card.hosts.length)
      out.push(
        indent +
          t('fixes:itRequest.affected', { count: card.hosts.length, hosts: card.hosts.join(', ') }),
      );
    if (card.fix) out.push(indent + t('fixes:itRequest.fix', { fix: card.fix }));
    if (card.skipped.length)
      out.push(indent + t('fixes:itRequest.notRun', { count: card.skipped.length }));
  });
  return out;
}

/** Who decrypted the last run's connections, asked in the product's own terms (issue 12). */
function interceptorLines(model: AllowlistModel, t: Translate): string[][] {
  return (model.interceptors ?? []).map((i) => {
    const id = i.productId;
    const bypass =
      id && isInterceptionProductId(id)
        ? t(`verdicts:interception.bypass.${id}`)
        : t('verdicts:interception.genericBypass');
    const unnamed = t('verdicts:interception.unknownDevice', { issuer: i.issuer });
    // It starts the line: "An SSL-inspection device (issuer …)".
    const product = i.product ?? unnamed.charAt(0).toUpperCase() + unnamed.slice(1);
    return [
      t(i.place === 'pc' ? 'fixes:allowlist.interceptorOnPc' : 'fixes:allowlist.interceptor', {
        product,
      }),
      indent + t('fixes:allowlist.interceptorAsk', { bypass, product: model.product.name }),
      indent + t('fixes:allowlist.interceptorHosts', { hosts: i.hosts.join(', ') }),
      indent + t('fixes:allowlist.interceptorWhy'),
    ];
  });
}

function allowLines(model: AllowlistModel, run: CheckRun | undefined, t: Translate): string[] {
  const product = model.product.name;
  const out: string[] = [t('fixes:itRequest.allowTitle'), t('fixes:itRequest.domains')];
  // The vendor's own list first; what only others found in use after it, said once (issue 12's marks).
  const isOfficial = (d: string) =>
    (model.domainNotes?.[d] ?? '[OFFICIAL]').startsWith('[OFFICIAL]');
  const all = [...model.domains, ...model.extraHosts];
  out.push(...all.filter(isOfficial).map((d) => indent + d));
  const seen = all.filter((d) => !isOfficial(d));
  if (seen.length)
    out.push(t('fixes:itRequest.domainsSeen', { product }), ...seen.map((d) => indent + d));
  out.push(t('fixes:itRequest.ports'));
  for (const p of model.ports)
    out.push(
      indent +
        t(p.isWebSocket ? 'fixes:allowlist.portWebSocket' : 'fixes:allowlist.portTcp', {
          port: p.port,
          protocol: p.protocol.toUpperCase(),
        }),
    );
  // The run's data centre and the hosts every data centre uses; the others only named.
  const region = run?.dataCentre?.region ?? null;
  const hosts = mergeHosts(model.hosts);
  const shown = region === null ? hosts : hosts.filter((h) => isGlobal(h) || h.region === region);
  const others = [
    ...new Set(hosts.filter((h) => !shown.includes(h)).map((h) => h.region ?? '')),
  ].filter((r) => r !== '');
  out.push(t('fixes:itRequest.hosts'));
  for (const h of shown) {
    const where = isGlobal(h)
      ? t('fixes:itRequest.everyDc')
      : t('fixes:itRequest.oneDc', { region: h.region ?? '' });
    const ports = h.ports.map((p) => p.port).join(', ');
    out.push(
      indent +
        t(h.required ? 'fixes:itRequest.host' : 'fixes:itRequest.hostOptional', {
          host: h.host,
          ports,
          where,
        }),
    );
  }
  if (others.length) out.push(t('fixes:itRequest.otherDcs', { regions: others.join(', ') }));
  out.push(t('fixes:itRequest.ssl'));
  for (const s of model.sslInspection)
    if (s.interceptedBy)
      out.push(indent + t('fixes:itRequest.sslSeen', { host: s.host, issuer: s.interceptedBy }));
  out.push(t('fixes:itRequest.programs'));
  for (const e of model.executables)
    out.push(
      indent +
        (e.signer ? t('fixes:itRequest.signed', { name: e.name, signer: e.signer }) : e.name),
    );
  // The folders of the PC's own system when the run says which; all of them otherwise.
  const platform = run?.system.platform;
  const folders = model.folders.filter((f) => !platform || f.platform === platform);
  if (folders.length) {
    out.push(t('fixes:itRequest.folders'));
    for (const f of folders)
      out.push(
        indent +
          t('fixes:itRequest.folder', { path: f.path, os: t(`fixes:itRequest.os.${f.platform}`) }),
      );
  }
  if (model.pcChangesForIt?.length) {
    out.push(t('fixes:itRequest.pcChanges'));
    for (const c of model.pcChangesForIt) out.push(`${indent}${c.title}: ${c.reason}`);
  }
  return out;
}

/** The catalog may list a host once per use (web, join); IT allows it once, with every port. */
function mergeHosts(hosts: readonly AllowlistHost[]): AllowlistHost[] {
  const byName = new Map<string, AllowlistHost>();
  for (const h of hosts) {
    const known = byName.get(h.host);
    if (!known) {
      byName.set(h.host, { ...h, ports: [...h.ports] });
      continue;
    }
    known.required ||= h.required;
    for (const p of h.ports) if (!known.ports.some((q) => q.port === p.port)) known.ports.push(p);
  }
  return [...byName.values()];
}

/** Credentials always go; personal data too when the customer asks (the report's own redaction). */
function redactText(text: string, model: AllowlistModel, context: ItRequestContext): string {
  const inFacts = context.run
    ? personalNamesInFacts(context.run.system)
    : { userNames: [], hostNames: [] };
  const { value } = redactDocument(text, {
    redact: context.redact,
    userNames: [...inFacts.userNames, ...(context.names?.userNames ?? [])],
    hostNames: [...inFacts.hostNames, ...(context.names?.hostNames ?? [])],
    homeDirs: context.names?.homeDirs ?? [],
    dnsDomains: context.names?.dnsDomains ?? [],
    keptDomains: [...model.domains, ...model.hosts.map((h) => h.host)],
  });
  return value;
}
