import type { Catalog } from '../../shared/catalog';
import type { ChromiumProbeResult, ChromiumTarget } from '../../shared/details/chromium-detail';
import type { EventName, EventPayload } from '../../shared/events';
import type { Lang } from '../../shared/lang';

/** What a front door knows and the core cannot find out by itself. */
export interface CoreOptions {
  catalog: Catalog;
  lang: Lang;
  mode: 'electron' | 'web' | 'cli';
  /** `--proxy`: wins over the environment and the system's settings. */
  proxyUrl?: string;
  /** PEM text of extra trusted certificates (`--ca`). */
  extraCaPem?: string[];
  /** Limit of each network step. */
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  /** The shared data folder (journal, last reports): see `data-dir.ts`. */
  dataDir: string;
  /** Chromium's own proxy answer for a URL in PAC form ("PROXY h:p; DIRECT"), in the Electron app only. */
  resolveProxy?: (url: string) => Promise<string>;
  /**
   * Added (issue 17): the same probe through the shell's Chromium session (its proxy resolution, PAC and
   * certificate verifier), in the Electron app only; its outcomes become the run's `chromium` checks.
   */
  chromiumProbe?: (
    targets: readonly ChromiumTarget[],
    timeoutMs: number,
    signal: AbortSignal,
  ) => Promise<ChromiumProbeResult[]>;
  /** Opens a URL that core has already validated, through the OS. */
  openExternal?: (url: string) => Promise<void>;
}

/** Per call: how the core reaches the caller while a method runs. */
export interface CallContext {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}
