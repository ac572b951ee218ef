import { machine } from 'node:os';
// The facts are the `os` check's detail, so their type is the contract's schema.
export type { OsFacts } from '../../../shared/details';

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
