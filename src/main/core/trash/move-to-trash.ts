import { lstat } from 'node:fs/promises';
import { commandOf, failureText, type CommandRunner } from '../os/run-command';
import {
  moveToFreedesktopTrash,
  type FreedesktopContext,
  type TrashOutcome,
} from './freedesktop-trash';
import { finderTrashCommand, recycleBinCommand } from './os-trash-commands';

export interface TrashContext extends FreedesktopContext {
  platform: NodeJS.Platform;
  run: CommandRunner;
}

/** Moves a path to the OS trash (never a recursive delete); the caller has already checked it is ours to move. */
export async function moveToTrash(path: string, ctx: TrashContext): Promise<TrashOutcome> {
  if (ctx.platform === 'linux') return moveToFreedesktopTrash(path, ctx);
  let isFolder: boolean;
  try {
    isFolder = (await lstat(path)).isDirectory();
  } catch (error) {
    return { ok: false, why: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const argv =
    ctx.platform === 'win32'
      ? recycleBinCommand(path, isFolder ? 'folder' : 'file')
      : ctx.platform === 'darwin'
        ? finderTrashCommand(path)
        : undefined;
  if (!argv) return { ok: false, why: `no trash on ${ctx.platform}` };
  const result = await ctx.run(commandOf(argv));
  if (!result.ok) return { ok: false, why: failureText(result).slice(0, 300) };
  return { ok: true, trashedAs: ctx.platform === 'win32' ? 'Recycle Bin' : 'Trash', infoFile: '' };
}
