import { machine } from 'node:os';
import type { OsFamily } from '../../../shared/catalog';

/** What the OS is, in the catalog's terms and in the words a customer knows. */
export interface OsFacts {
  platform: NodeJS.Platform;
  /** The catalog family, or undefined for an OS the catalog cannot name (another Linux, a BSD). */
  family: OsFamily | undefined;
  /** A Linux that is not itself in the catalog but says it is like one (ID_LIKE): its version cannot be compared. */
  basedOn?: OsFamily;
  /** "Windows 11 23H2", "macOS Sonoma 14.5", "Debian GNU/Linux 12 (bookworm)". */
  name: string;
  /** On the catalog's scale: Windows NT "10.0.22631", macOS "14.5", Linux VERSION_ID. */
  version: string;
  build?: string;
  isServer?: boolean;
  /** The OS's architecture (not this process's): a 32-bit Node on 64-bit Windows still says 64-bit. */
  arch: string;
  is64Bit: boolean;
}

const bits64 = /^(x86_64|amd64|x64|arm64|aarch64|ppc64|ppc64le|s390x|riscv64|loongarch64|ia64)$/i;

/**
 * Whether the OS is 64-bit, from `os.machine()` and, on Windows, PROCESSOR_ARCHITEW6432 (set only for a
 * 32-bit process on a 64-bit OS, where PROCESSOR_ARCHITECTURE says x86).
 */
export function osArchitecture(
  machine: string,
  env: NodeJS.ProcessEnv,
): { arch: string; is64Bit: boolean } {
  const arch = env.PROCESSOR_ARCHITEW6432 ?? (machine || env.PROCESSOR_ARCHITECTURE || 'unknown');
  return { arch, is64Bit: bits64.test(arch) };
}

/** Whether this PC's OS is 64-bit (the Zoho folders differ: Program Files vs Program Files (x86)). */
export function isOs64Bit(env: NodeJS.ProcessEnv = process.env, machineName = machine()): boolean {
  return osArchitecture(machineName, env).is64Bit;
}
