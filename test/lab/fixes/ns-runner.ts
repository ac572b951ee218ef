import { execRunner, type CommandRunner } from '../../../src/main/core/fixes/command-runner';

/** The real runner, every command run inside a network namespace (the lab's "PC"). */
export function nsRunner(ns: string): CommandRunner {
  return (argv) => execRunner(['ip', 'netns', 'exec', ns, ...argv]);
}
