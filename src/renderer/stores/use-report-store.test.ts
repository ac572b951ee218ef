import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred, FakeTransport } from './fake-transport';

const transport = vi.hoisted(() => ({ current: null as FakeTransport | null }));
vi.mock('../api/get-api-client', () => ({ getApiClient: () => transport.current?.client }));

const { useReportStore } = await import('./use-report-store');
const { useChecksStore } = await import('./use-checks-store');
const { useAppStore } = await import('./use-app-store');

const t = new FakeTransport();
transport.current = t;
const file = (content: string) => ({
  ok: true,
  value: { fileName: 'report.json', mimeType: 'application/json', content },
});
const exports = () => t.calls.filter((c) => c.method === 'report.export').map((c) => c.params);

beforeEach(() => {
  t.reset();
  useReportStore.setState({
    format: 'html',
    redact: true,
    preview: null,
    problem: null,
    savedFileName: null,
    isLoading: false,
  });
  const idle = {
    runId: null,
    phase: 'idle',
    live: [],
    expected: null,
    run: null,
    problem: null,
    isCancelling: false,
  } as const;
  useChecksStore.setState({ system: idle, network: idle });
  useAppStore.setState({ lang: 'en' });
});

describe('report store', () => {
  it('hides personal information by default and reports on the full run in the chosen language', async () => {
    useChecksStore.setState({
      system: { ...useChecksStore.getState().system, runId: 'sys-1', phase: 'done' },
      network: { ...useChecksStore.getState().network, runId: 'net-1', phase: 'done' },
    });
    t.answer('report.export', async () => file('{"redacted":true}'));
    await useReportStore.getState().loadPreview();
    expect(exports()).toEqual([{ format: 'html', redact: true, lang: 'en', runId: 'net-1' }]);
    expect(useReportStore.getState().preview?.content).toBe('{"redacted":true}');
  });

  it('falls back to the Requirements run, and to the core’s last run when nothing ran here', async () => {
    t.answer('report.export', async () => file('x'));
    await useReportStore.getState().loadPreview();
    useChecksStore.setState({
      system: { ...useChecksStore.getState().system, runId: 'sys-1', phase: 'done' },
    });
    await useReportStore.getState().loadPreview();
    expect(exports()).toEqual([
      { format: 'html', redact: true, lang: 'en' },
      { format: 'html', redact: true, lang: 'en', runId: 'sys-1' },
    ]);
  });

  it('shows the preview of the latest choice even when an older answer arrives last', async () => {
    const slow = deferred<unknown>();
    const answers = [slow.promise, Promise.resolve(file('not redacted'))];
    t.answer('report.export', () => answers.shift() ?? Promise.reject(new Error('too many')));
    useReportStore.getState().setFormat('json');
    useReportStore.getState().setRedact(false);
    await new Promise((r) => setTimeout(r, 0));
    slow.resolve(file('redacted, stale'));
    await new Promise((r) => setTimeout(r, 0));
    expect(exports().map((p) => p)).toEqual([
      { format: 'json', redact: true, lang: 'en' },
      { format: 'json', redact: false, lang: 'en' },
    ]);
    expect(useReportStore.getState().preview?.content).toBe('not redacted');
  });

  it('keeps nothing to save when the export is refused, and says why', async () => {
    t.answer('report.export', async () => ({
      ok: false,
      problem: { code: 'unsupported', message: 'report.export is not built yet.' },
    }));
    await useReportStore.getState().loadPreview();
    expect(useReportStore.getState()).toMatchObject({
      preview: null,
      isLoading: false,
      problem: { code: 'unsupported' },
    });
    useReportStore.getState().save();
    expect(useReportStore.getState().savedFileName).toBeNull();
  });
});
