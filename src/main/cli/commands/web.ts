import { translator } from '../../../shared/i18n';
import { buildCoreOptions } from '../core-options';
import { EXIT, type CliCommand } from '../command';
import { startBrowserMode } from '../../web/browser-mode';

/** `session-prep web`: the wizard in the default browser, served on 127.0.0.1 until Ctrl-C. */
export const webCommand: CliCommand = {
  name: 'web',
  usage: 'web [--port N] [--no-open] [--lang ja|en] [--catalog FILE] [--proxy URL] [--ca FILE]',
  options: {
    port: { type: 'string' },
    'no-open': { type: 'boolean' },
    catalog: { type: 'string' },
    proxy: { type: 'string' },
    ca: { type: 'string', multiple: true },
  },
  async run({ values }, io) {
    const t = translator(io.defaultLang);
    const portText = typeof values.port === 'string' ? values.port : '0';
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535) {
      io.stderr.write(`session-prep web: ${t('cli:webBadPort', { value: portText })}\n`);
      return EXIT.usage;
    }
    const core = await buildCoreOptions(
      {
        lang: io.defaultLang,
        catalog: typeof values.catalog === 'string' ? values.catalog : undefined,
        proxy: typeof values.proxy === 'string' ? values.proxy : undefined,
        ca: Array.isArray(values.ca)
          ? values.ca.filter((v): v is string => typeof v === 'string')
          : undefined,
      },
      'web',
      io.env,
    );
    if (!core.ok) {
      io.stderr.write(`session-prep web: ${core.problem.message}\n`);
      return EXIT.usage;
    }
    const rendererDir = io.env.SESSION_PREP_RENDERER_DIR || undefined;
    const started = await startBrowserMode({
      core: core.value,
      port,
      open: values['no-open'] !== true,
      rendererDir,
    });
    if (!started.ok) {
      io.stderr.write(`session-prep web: ${started.problem.message}\n`);
      return EXIT.usage;
    }
    // The URL is the first line, so a script can read it and open it itself.
    io.stdout.write(`${started.value.url}\n`);
    if (!started.value.opened) io.stderr.write(`${t('cli:webOpenYourself')}\n`);
    io.stderr.write(`${t('cli:webRunning')}\n`);
    await untilAborted(io.signal);
    await started.value.close();
    return EXIT.ok;
  },
};

function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}
