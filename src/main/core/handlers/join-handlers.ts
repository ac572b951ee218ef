import { translator } from '../../../shared/i18n';
import { ok, refused } from '../../../shared/reply';
import type { CoreOptions } from '../context';
import type { Handlers } from './handler-types';
import { commandOf, runCommand, type CommandRunner } from '../os/run-command';
import { enableIme, imeStatus } from '../join/ime-service';
import { refusalMessage, validateLink } from '../join/link-messages';
import { listOpenWindows, minimiseAllCommand } from '../join/list-windows';
import { checkLink } from '../join/validate-link';

type JoinMethods =
  | 'link.validate'
  | 'session.open'
  | 'privacy.windows'
  | 'privacy.minimise'
  | 'ime.status'
  | 'ime.enable';

/** Seams for tests: the OS commands and the platform. */
export interface JoinDeps {
  run?: CommandRunner;
  platform?: NodeJS.Platform;
}

export function joinHandlers(
  options: CoreOptions,
  deps: JoinDeps = {},
): Pick<Handlers, JoinMethods> {
  const run = deps.run ?? runCommand;
  const platform = deps.platform ?? process.platform;
  const imeDeps = (lang: CoreOptions['lang']) => ({
    platform,
    run,
    dataDir: options.dataDir,
    lang,
  });
  return {
    'link.validate': async ({ text, lang }) => ok(validateLink(text, options.catalog, lang)),

    'session.open': async ({ text, lang }) => {
      const t = translator(lang);
      // Validated again here: whatever the renderer showed, only a URL core built itself is opened.
      const check = checkLink(text, options.catalog.join);
      if (!check.ok) return refused('refused', refusalMessage(check, lang));
      const { url } = check.link;
      if (!options.openExternal) return refused('unsupported', t('join:open.noOpener', { url }));
      try {
        await options.openExternal(url);
      } catch (error) {
        // The OS's own words are for support: kept as an issue, not in the sentence (issue 15).
        return refused('failed', t('join:open.failed', { url }), [
          {
            path: ['openExternal'],
            message: error instanceof Error ? error.message : String(error),
          },
        ]);
      }
      return ok({ opened: true, url });
    },

    'privacy.windows': async ({ lang }) => {
      const t = translator(lang);
      const listing = await listOpenWindows(platform, run);
      if (listing.supported) return ok({ supported: true, windows: listing.windows });
      const message =
        listing.why === 'no_tool'
          ? t('join:privacy.noTool')
          : listing.why === 'failed'
            ? t('join:privacy.failed')
            : t('join:privacy.unsupported');
      // The tool or the error is for support; the sentence says what it means for the customer.
      const detail =
        listing.why === 'no_tool'
          ? t('join:privacy.noToolDetail')
          : listing.why === 'failed'
            ? listing.detail
            : undefined;
      return ok({ supported: false, windows: [], message, ...(detail ? { detail } : {}) });
    },

    'privacy.minimise': async ({ lang }) => {
      const t = translator(lang);
      const argv = minimiseAllCommand(platform);
      const result = argv ? await run(commandOf(argv)) : undefined;
      if (!result?.ok)
        return ok({ minimised: false, message: t('join:privacy.minimiseUnsupported') });
      return ok({ minimised: true, message: t('join:privacy.minimised') });
    },

    'ime.status': async ({ lang }) => ok(await imeStatus(imeDeps(lang))),
    'ime.enable': async ({ lang }) => ok(await enableIme(imeDeps(lang))),
  };
}
