import { translator } from '../../../shared/i18n';
import type { Lang } from '../../../shared/lang';
import type { AllowlistFormat, ExportedFile } from '../../../shared/report-schemas';
import { isInterceptionProductId } from '../../../shared/interception';
import { revealInline } from '../../../shared/results/reveal-hidden-chars';
import type { AllowlistModel } from './allowlist-model';
import { pacFile } from './pac-file';
import { squidFragment } from './squid-fragment';

/** The allow-list in one of the formats of `session-prep allowlist --format`. */
export function exportAllowlist(
  model: AllowlistModel,
  format: AllowlistFormat,
  lang: Lang,
  pacFallback?: string,
): ExportedFile {
  const base = `session-prep-allowlist-${model.product.id}`;
  switch (format) {
    case 'text':
      return {
        fileName: `${base}.txt`,
        mimeType: 'text/plain; charset=utf-8',
        content: allowlistText(model, lang),
      };
    case 'json':
      return {
        fileName: `${base}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(model, null, 2)}\n`,
      };
    case 'pac':
      return {
        fileName: `${base}.pac`,
        mimeType: 'application/x-ns-proxy-autoconfig',
        content: pacFile(model, pacFallback ?? pacFallbackRequired()),
      };
    case 'squid':
      return {
        fileName: `${base}.squid.conf`,
        mimeType: 'text/plain; charset=utf-8',
        content: squidFragment(model),
      };
  }
}

/** The plain list an IT department reads or pastes into a ticket. */
export function allowlistText(model: AllowlistModel, lang: Lang): string {
  const t = translator(lang);
  const out: string[] = [
    t('fixes:allowlist.heading', { product: revealInline(model.product.name) }),
    '',
  ];
  // Each item is one line, with what came from the catalog or the network (an issuer) shown as it is.
  const section = (title: string, lines: string[]) => {
    out.push(
      `## ${title}`,
      ...(lines.length
        ? lines.map((l) => `- ${revealInline(l)}`)
        : [`- ${t('fixes:allowlist.none')}`]),
      '',
    );
  };
  // Each domain with its source mark (`[OFFICIAL]`, `[3P]`): IT can see which entries Zoho itself names.
  const mark = (d: string) => /^\[[^\]]+\]/.exec(model.domainNotes?.[d] ?? '')?.[0];
  section(t('fixes:allowlist.domains'), [
    ...model.domains.map((d) => (mark(d) ? `${d} ${mark(d) ?? ''}` : d)),
    ...model.extraHosts,
  ]);
  section(
    t('fixes:allowlist.ports'),
    model.ports.map((p) =>
      t(p.isWebSocket ? 'fixes:allowlist.portWebSocket' : 'fixes:allowlist.portTcp', {
        port: p.port,
        protocol: p.protocol.toUpperCase(),
      }),
    ),
  );
  section(
    model.lastRun
      ? t('fixes:allowlist.hostsTested', { at: model.lastRun.startedAt })
      : t('fixes:allowlist.hostsUntested'),
    model.hosts.map((h) => {
      const ports = h.ports
        .map((p) => (p.websocketPath ? `${p.port} (WebSocket ${p.websocketPath})` : String(p.port)))
        .join(', ');
      const verdicts = h.tested.length
        ? ` — ${h.tested.map((c) => `${c.id}: ${c.verdict}`).join(', ')}`
        : '';
      return `${h.host} ${ports}${h.required ? '' : ` (${t('fixes:allowlist.optional')})`}${verdicts}`;
    }),
  );
  section(
    t('fixes:allowlist.sslInspection'),
    model.sslInspection.map((s) =>
      s.interceptedBy
        ? t('fixes:allowlist.interceptedBy', { host: s.host, issuer: s.interceptedBy })
        : s.host,
    ),
  );
  // Who decrypted the last run's connections, asked in the product's own terms (issue 12).
  for (const i of model.interceptors ?? []) {
    const id = i.productId;
    const bypass =
      id && isInterceptionProductId(id)
        ? t(`verdicts:interception.bypass.${id}`)
        : t('verdicts:interception.genericBypass');
    const unnamed = t('verdicts:interception.unknownDevice', { issuer: i.issuer });
    // A heading starts with a capital: "An SSL-inspection device (issuer …)".
    const product = i.product ?? unnamed.charAt(0).toUpperCase() + unnamed.slice(1);
    section(
      t(i.place === 'pc' ? 'fixes:allowlist.interceptorOnPc' : 'fixes:allowlist.interceptor', {
        product,
      }),
      [
        t('fixes:allowlist.interceptorAsk', { bypass, product: model.product.name }),
        t('fixes:allowlist.interceptorHosts', { hosts: i.hosts.join(', ') }),
        t('fixes:allowlist.interceptorWhy'),
      ],
    );
  }
  section(
    t('fixes:allowlist.executables'),
    model.executables.map((e) =>
      e.signer ? t('fixes:allowlist.signedBy', { name: e.name, signer: e.signer }) : e.name,
    ),
  );
  section(
    t('fixes:allowlist.folders'),
    model.folders.map((f) => `${f.path} (${f.platform})`),
  );
  if (model.pcChangesForIt?.length)
    section(
      t('fixes:allowlist.pcChanges'),
      model.pcChangesForIt.map((c) => `${c.title}: ${c.reason}`),
    );
  return out.join('\n');
}

function pacFallbackRequired(): never {
  // The handler decides the fallback (the PC's proxy, or IT's choice) before it asks for a PAC.
  throw new Error('exportAllowlist: a PAC needs its fallback');
}
