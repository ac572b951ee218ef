import { pick } from '../os/text-lines';

// Build → release, from test/fixtures/os/windows-builds.md (Microsoft's release-information pages and
// microsoft/hcsshim osversion/windowsbuilds.go). 14393, 17763 and 26100 are both a client and a server
// release, so the edition decides, never the build alone.
const clientBuilds: ReadonlyMap<number, string> = new Map([
  [7600, 'Windows 7'],
  [7601, 'Windows 7 SP1'],
  [9200, 'Windows 8'],
  [9600, 'Windows 8.1'],
  [10240, 'Windows 10 1507'],
  [10586, 'Windows 10 1511'],
  [14393, 'Windows 10 1607'],
  [15063, 'Windows 10 1703'],
  [16299, 'Windows 10 1709'],
  [17134, 'Windows 10 1803'],
  [17763, 'Windows 10 1809'],
  [18362, 'Windows 10 1903'],
  [18363, 'Windows 10 1909'],
  [19041, 'Windows 10 2004'],
  [19042, 'Windows 10 20H2'],
  [19043, 'Windows 10 21H1'],
  [19044, 'Windows 10 21H2'],
  [19045, 'Windows 10 22H2'],
  [22000, 'Windows 11 21H2'],
  [22621, 'Windows 11 22H2'],
  [22631, 'Windows 11 23H2'],
  [26100, 'Windows 11 24H2'],
  [26200, 'Windows 11 25H2'],
  [26300, 'Windows 11 26H2'],
]);

const serverBuilds: ReadonlyMap<number, string> = new Map([
  [9200, 'Windows Server 2012'],
  [9600, 'Windows Server 2012 R2'],
  [14393, 'Windows Server 2016'],
  [17763, 'Windows Server 2019'],
  [20348, 'Windows Server 2022'],
  [25398, 'Windows Server 23H2'],
  [26100, 'Windows Server 2025'],
]);

/** What the registry's CurrentVersion key says about the installed Windows. */
export interface WindowsVersionFacts {
  build: number;
  ubr?: number;
  isServer: boolean;
  editionId?: string;
  productName?: string;
  displayVersion?: string;
  /** NT version "major.minor.build", the scale the catalog's `min` uses (6.1 = Windows 7). */
  ntVersion: string;
}

/** NT major.minor of a build: CurrentVersion is frozen at 6.3 on 10/11, so derive it from the build. */
function ntMajorMinor(build: number): string {
  if (build >= 10240) return '10.0';
  if (build >= 9600) return '6.3';
  if (build >= 9200) return '6.2';
  if (build >= 7600) return '6.1';
  if (build >= 6000) return '6.0';
  return '5.1';
}

/** The name a customer knows: "Windows 11 23H2", "Windows Server 2019"; unknown builds get the nearest family. */
export function windowsMarketingName(
  build: number,
  isServer: boolean,
  displayVersion?: string,
): string {
  const table = isServer ? serverBuilds : clientBuilds;
  const known = table.get(build);
  if (known) return known;
  const suffix = displayVersion ? ` ${displayVersion}` : ` (build ${build})`;
  if (isServer) return `Windows Server${suffix}`;
  // A newer or Insider build: ProductName may still say "Windows 10", the build does not lie.
  if (build >= 22000) return `Windows 11${suffix}`;
  if (build >= 10240) return `Windows 10${suffix}`;
  return `Windows (build ${build})`;
}

/** Every build the tables know, for tests and the report. */
export function knownWindowsBuilds(): {
  client: ReadonlyMap<number, string>;
  server: ReadonlyMap<number, string>;
} {
  return { client: clientBuilds, server: serverBuilds };
}

/**
 * Facts from the values of `HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion` (names matched case-insensitively)
 * and, when read, `ProductType` of `…\Control\ProductOptions`. Undefined without a build number.
 */
export function windowsVersionFromValues(
  values: Readonly<Record<string, string>>,
): WindowsVersionFacts | undefined {
  const build = Number.parseInt(
    pick(values, 'CurrentBuild') ?? pick(values, 'CurrentBuildNumber') ?? '',
    10,
  );
  if (!Number.isFinite(build)) return undefined;
  const ubrText = pick(values, 'UBR');
  const ubr = ubrText === undefined ? undefined : regNumber(ubrText);
  const installationType = pick(values, 'InstallationType') ?? '';
  const productType = pick(values, 'ProductType') ?? '';
  const isServer = /server/i.test(installationType) || /^(ServerNT|LanmanNT)$/i.test(productType);
  return {
    build,
    ...(ubr === undefined ? {} : { ubr }),
    isServer,
    ...optional('editionId', pick(values, 'EditionID')),
    ...optional('productName', pick(values, 'ProductName')),
    ...optional('displayVersion', pick(values, 'DisplayVersion')),
    ntVersion: `${ntMajorMinor(build)}.${build}`,
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** A REG_DWORD as `reg query` prints it ("0x1a") or a decimal string. */
export function regNumber(text: string): number | undefined {
  const n = /^0x[0-9a-f]+$/i.test(text.trim())
    ? Number.parseInt(text.trim(), 16)
    : Number.parseInt(text.trim(), 10);
  return Number.isFinite(n) ? n : undefined;
}
