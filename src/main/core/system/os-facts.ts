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
