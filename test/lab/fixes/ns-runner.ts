import {
  runCommand,
  type CommandRunner,
  type CommandSpec,
} from '../../../src/main/core/os/run-command';

/** The real runner, every command run inside a network namespace (the lab's "PC"). */
export function nsRunner(ns: string): CommandRunner {
  return (spec: CommandSpec, options) =>
    runCommand(
      { ...spec, file: 'ip', args: ['netns', 'exec', ns, spec.file, ...spec.args] },
      options,
    );
}
