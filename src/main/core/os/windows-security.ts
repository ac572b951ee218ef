import { z } from 'zod';
import { powerShellCommand } from './powershell';
import type { CommandSpec } from './command';
import { parseKeyValueBlocks, pick } from './text-lines';

// What these parsers read is the `security` check's detail, so their types are the contract's schemas.
export type {
  DefenderStatus,
  FirewallProfile,
  SecurityCenterFacts,
  SecurityProduct,
} from '../../../shared/details';
import type {
  DefenderStatus,
  FirewallProfile,
  SecurityCenterFacts,
  SecurityProduct,
} from '../../../shared/details';

// Windows Server answers WBEM_E_INVALID_NAMESPACE (0x8004100E), worded in the UI language.
const invalidNamespace =
  /0x8004100e|InvalidNamespace|invalid namespace|espace de noms non valide|無効な名前空間|名前空間が無効/i;

/**
 * Security Center's antivirus and firewall products, one "key=value" record each (the layout of
 * `wmic … get /format:list`, so one parser reads both); a failed class prints its error id.
 */
export function securityCenterCommand(): CommandSpec {
  return powerShellCommand(`foreach ($class in @('AntiVirusProduct', 'FirewallProduct')) {
  try {
    # Get-CimInstance needs PowerShell 3.0; Windows 7 may still run 2.0, which has Get-WmiObject.
    $items = if (Get-Command Get-CimInstance -ErrorAction SilentlyContinue) {
      Get-CimInstance -Namespace 'root/SecurityCenter2' -ClassName $class -ErrorAction Stop
    } else {
      Get-WmiObject -Namespace 'root\\SecurityCenter2' -Class $class -ErrorAction Stop
    }
    $items | ForEach-Object {
      "class=$class"; "displayName=$($_.displayName)"; "productState=$($_.productState)"; "pathToSignedProductExe=$($_.pathToSignedProductExe)"; ''
    }
  } catch { "class=$class"; "error=$($_.FullyQualifiedErrorId) $($_.Exception.Message)"; '' }
}`);
}

/**
 * WSC_SECURITY_PRODUCT_STATE packed in productState: the middle byte is the scanner (0x10/0x11 on,
 * 0x00/0x01 off), the low byte the signatures (0x00 up to date, 0x10 out of date). E.g. 397568 =
 * 0x061100 is Defender on and up to date.
 */
export function decodeProductState(state: number): { isEnabled: boolean; isUpToDate: boolean } {
  const scanner = (state >> 8) & 0xff;
  const signatures = state & 0xff;
  return { isEnabled: scanner === 0x10 || scanner === 0x11, isUpToDate: signatures === 0x00 };
}

/** Products from the command above or from `wmic /namespace:\\root\SecurityCenter2 path AntiVirusProduct get /format:list`. */
export function parseSecurityCenter(
  text: string,
  defaultKind: SecurityProduct['kind'] = 'antivirus',
): SecurityCenterFacts {
  const blocks = parseKeyValueBlocks(text);
  const errors = blocks.filter((b) => pick(b, 'error') !== undefined);
  const hasSecurityCenter = !(
    invalidNamespace.test(text) &&
    (errors.length > 0 || !blocks.some((b) => pick(b, 'displayName')))
  );
  const otherErrors = hasSecurityCenter
    ? errors.map((b) => `${pick(b, 'class') ?? ''}: ${pick(b, 'error') ?? ''}`.trim())
    : [];
  const products: SecurityProduct[] = [];
  for (const b of blocks) {
    const displayName = pick(b, 'displayName');
    if (!displayName) continue;
    const cls = pick(b, 'class');
    const stateText = pick(b, 'productState');
    const productState = stateText ? Number.parseInt(stateText, 10) : NaN;
    const decoded = Number.isFinite(productState) ? decodeProductState(productState) : undefined;
    products.push({
      kind: cls ? (/firewall/i.test(cls) ? 'firewall' : 'antivirus') : defaultKind,
      displayName,
      productState: Number.isFinite(productState) ? productState : null,
      isEnabled: decoded?.isEnabled ?? null,
      isUpToDate: decoded?.isUpToDate ?? null,
      path: pick(b, 'pathToSignedProductExe') || null,
    });
  }
  return { hasSecurityCenter, products, errors: otherErrors };
}

const defenderFields = [
  'AMRunningMode',
  'AMServiceEnabled',
  'AntivirusEnabled',
  'RealTimeProtectionEnabled',
  'IsTamperProtected',
  'AntivirusSignatureAge',
  'AMProductVersion',
];

/** Defender's state in list form ("Key : Value"), the same layout as the default `Get-MpComputerStatus` view. */
export function defenderStatusCommand(): CommandSpec {
  return powerShellCommand(
    `Get-MpComputerStatus -ErrorAction Stop | Format-List ${defenderFields.join(',')}`,
  );
}

function bool(v: string | undefined): boolean | null {
  if (v === undefined || v === '') return null;
  return /^true$/i.test(v) ? true : /^false$/i.test(v) ? false : null;
}

/** Defender's state from `Get-MpComputerStatus` list output, Get-CimInstance MSFT_MpComputerStatus, or wmic /format:list. */
export function parseDefenderStatus(text: string): DefenderStatus | undefined {
  const record = parseKeyValueBlocks(text).find(
    (b) => pick(b, 'AMRunningMode') !== undefined || pick(b, 'AntivirusEnabled') !== undefined,
  );
  if (!record) return undefined;
  const age = Number.parseInt(pick(record, 'AntivirusSignatureAge') ?? '', 10);
  return {
    runningMode: pick(record, 'AMRunningMode') || null,
    isServiceEnabled: bool(pick(record, 'AMServiceEnabled')),
    isAntivirusEnabled: bool(pick(record, 'AntivirusEnabled')),
    isRealTimeProtectionEnabled: bool(pick(record, 'RealTimeProtectionEnabled')),
    isTamperProtected: bool(pick(record, 'IsTamperProtected')),
    // 65535 means "never updated" (Defender not running), not an age.
    signatureAgeDays: Number.isFinite(age) && age < 65535 ? age : null,
  };
}

/** Windows Firewall profiles as JSON (enum integers, as ConvertTo-Json writes them). */
export function firewallProfilesCommand(): CommandSpec {
  return powerShellCommand(
    'ConvertTo-Json -InputObject @(Get-NetFirewallProfile -ErrorAction Stop | Select-Object Name, Enabled, DefaultInboundAction, DefaultOutboundAction)',
  );
}

const intOrName = z.union([z.number(), z.string(), z.boolean()]);
const profileSchema = z.object({
  Name: z.string(),
  Enabled: intOrName,
  DefaultInboundAction: intOrName,
  DefaultOutboundAction: intOrName,
});

// NetSecurity enums: GpoBoolean 0/1/2 = False/True/NotConfigured; Action 0/2/4 = NotConfigured/Allow/Block.
function gpoBoolean(v: number | string | boolean): boolean | null {
  if (v === 1 || v === true || v === 'True') return true;
  if (v === 0 || v === false || v === 'False') return false;
  return null;
}

function action(v: number | string | boolean): FirewallProfile['defaultInboundAction'] {
  if (v === 2 || v === 'Allow') return 'Allow';
  if (v === 4 || v === 'Block') return 'Block';
  return 'NotConfigured';
}

/** Profiles from `Get-NetFirewallProfile | ConvertTo-Json` (full objects or the selection above). */
export function parseFirewallProfiles(json: string): FirewallProfile[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = z.array(profileSchema).safeParse(Array.isArray(data) ? data : [data]);
  if (!parsed.success) return undefined;
  return parsed.data.map((p) => ({
    name: p.Name,
    isEnabled: gpoBoolean(p.Enabled),
    defaultInboundAction: action(p.DefaultInboundAction),
    defaultOutboundAction: action(p.DefaultOutboundAction),
  }));
}
