import { machine } from 'node:os';

/** The three OSes Session Prep changes things on; anything else is handled as Linux (a BSD, say). */
export type OsPlatform = 'win32' | 'darwin' | 'linux';

/** This PC's OS, as fixes, undo and cleanup handle it. */
export function currentPlatform(): OsPlatform {
  const p = process.platform;
  return p === 'win32' || p === 'darwin' ? p : 'linux';
}

/** Whether this process already has the rights that elevation would give (root). */
export function isProcessPrivileged(): boolean {
  // On Windows the process is never assumed elevated: UAC decides per command.
  return (
    process.platform !== 'win32' && typeof process.getuid === 'function' && process.getuid() === 0
  );
}

/** This process's user id (0 where the OS has none, as on Windows). */
export function processUid(): number {
  return typeof process.getuid === 'function' ? process.getuid() : 0;
}

const bits64 = /^(x86_64|amd64|x64|arm64|aarch64|ppc64|ppc64le|s390x|riscv64|loongarch64|ia64)$/i;

/**
 * The OS's architecture (not this process's), from `os.machine()` and, on Windows,
 * PROCESSOR_ARCHITEW6432 (set only for a 32-bit process on a 64-bit OS, where PROCESSOR_ARCHITECTURE
 * says x86).
 */
export function osArchitecture(
  machineName: string,
  env: NodeJS.ProcessEnv,
): { arch: string; is64Bit: boolean } {
  const arch =
    env.PROCESSOR_ARCHITEW6432 ?? (machineName || env.PROCESSOR_ARCHITECTURE || 'unknown');
  return { arch, is64Bit: bits64.test(arch) };
}

/** Whether this PC's OS is 64-bit (the Zoho folders differ: Program Files vs Program Files (x86)). */
export function isOs64Bit(env: NodeJS.ProcessEnv = process.env, machineName = machine()): boolean {
  return osArchitecture(machineName, env).is64Bit;
}
