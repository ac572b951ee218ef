import { basename, extname } from 'node:path';
import {
  fleetCertificateViewSchema,
  fleetHostnameSchema,
  fleetInterceptionViewSchema,
  fleetOsViewSchema,
  type FleetCheckView,
  type FleetRunView,
} from '../../../shared/fleet-schemas';

/** One cause (a verdict) one run of a PC has, where it happened, and whether it stops the PC. */
export interface CauseSeen {
  verdict: string;
  isBlocking: boolean;
  status: 'fail' | 'warn';
  /** "host:port" (or the check id, for checks without a target). */
  targets: string[];
}

/** An SSL inspection a run saw: the product issue 12's detection names (or null) and the issuer. */
export interface InterceptionSeen {
  product: string | null;
  issuer: string | null;
}

/** What the fleet summary keeps of one run: a few hundred bytes, whatever the file held. */
export interface PcRun {
  pc: string;
  file: string;
  startedAt: string;
  ready: boolean;
  cancelled: boolean;
  os: string | null;
  toolVersion: string;
  causes: CauseSeen[];
  interception: InterceptionSeen[];
}

// A redacted report names the PC `<host-1>`: every redacted PC would look like one.
const placeholder = /^<[a-z]+-\d+>$/;

/** The PC a run belongs to: the name it recorded (system.hostname), else the file's name without `.json`. */
export function pcNameOf(view: FleetRunView, file: string): string {
  const recorded = fleetHostnameSchema.safeParse(view.system.hostname);
  if (recorded.success && view.redacted !== true && !placeholder.test(recorded.data))
    return recorded.data;
  const name = basename(file);
  return extname(name).toLowerCase() === '.json' ? name.slice(0, -5) : name;
}

function targetOf(check: FleetCheckView): string {
  if (!check.target) return check.id;
  return check.target.port === undefined
    ? check.target.host
    : `${check.target.host}:${check.target.port}`;
}

function interceptionOf(check: FleetCheckView): InterceptionSeen {
  const detail: unknown = check.detail;
  const record = typeof detail === 'object' && detail !== null ? detail : {};
  const named = fleetInterceptionViewSchema.safeParse(Reflect.get(record, 'interception'));
  const seen = fleetCertificateViewSchema.safeParse(record);
  const issuer = (named.success ? named.data.issuer : undefined) ?? seen.data?.certificate.issuer;
  return { product: (named.success ? named.data.product : null) ?? null, issuer: issuer ?? null };
}

const rank = (c: CauseSeen) => (c.isBlocking ? 0 : c.status === 'fail' ? 1 : 2);

/** The compact record of one validated run. */
export function pcRunOf(view: FleetRunView, file: string): PcRun {
  const causes = new Map<string, CauseSeen>();
  const interception: InterceptionSeen[] = [];
  for (const check of view.checks) {
    if (check.status !== 'fail' && check.status !== 'warn') continue;
    const isBlocking = check.status === 'fail' && check.required !== false;
    const target = targetOf(check);
    const cause = causes.get(check.verdict);
    if (cause) {
      cause.isBlocking ||= isBlocking;
      if (check.status === 'fail') cause.status = 'fail';
      if (!cause.targets.includes(target)) cause.targets.push(target);
    } else
      causes.set(check.verdict, {
        verdict: check.verdict,
        isBlocking,
        status: check.status,
        targets: [target],
      });
    if (check.verdict === 'tls_intercepted') {
      const seen = interceptionOf(check);
      if (!interception.some((i) => i.product === seen.product && i.issuer === seen.issuer))
        interception.push(seen);
    }
  }
  const os = fleetOsViewSchema.safeParse(view.system.os);
  return {
    pc: pcNameOf(view, file),
    file,
    startedAt: view.startedAt,
    ready: view.ready && view.cancelled !== true,
    cancelled: view.cancelled === true,
    os: os.success ? os.data.name : null,
    toolVersion: view.tool.version,
    causes: [...causes.values()].sort((a, b) => rank(a) - rank(b)),
    interception,
  };
}
