import { create } from 'zustand';
import type { Problem } from '../../shared/reply';
import type { ExportFormat, ReportFile } from '../../shared/report-schemas';
import { saveFile } from '../model/save-file';
import { getApiClient } from '../api/get-api-client';
import { useAppStore } from './use-app-store';
import { useChecksStore } from './use-checks-store';

interface ReportState {
  format: ExportFormat;
  /** Personal data hidden unless the user opts out: the safe choice is the default. */
  redact: boolean;
  /** The exact file that Save writes: the preview is this content, not a rendering of it. */
  preview: ReportFile | null;
  isLoading: boolean;
  problem: Problem | null;
  savedFileName: string | null;
  setFormat(format: ExportFormat): void;
  setRedact(redact: boolean): void;
  loadPreview(): Promise<void>;
  save(): void;
}

/** The run to report on: the Network step's run holds every group; otherwise the Requirements run. */
function reportRunId(): string | undefined {
  const { network, system } = useChecksStore.getState();
  if (network.phase === 'done' && network.runId) return network.runId;
  if (system.phase === 'done' && system.runId) return system.runId;
  return undefined;
}

export const useReportStore = create<ReportState>()((set, get) => {
  let request = 0;
  return {
    format: 'html',
    redact: true,
    preview: null,
    isLoading: false,
    problem: null,
    savedFileName: null,
    setFormat(format) {
      set({ format });
      void get().loadPreview();
    },
    setRedact(redact) {
      set({ redact });
      void get().loadPreview();
    },
    async loadPreview() {
      const mine = ++request;
      set({ isLoading: true, problem: null, savedFileName: null });
      const { format, redact } = get();
      const runId = reportRunId();
      const reply = await getApiClient().call('report.export', {
        format,
        redact,
        lang: useAppStore.getState().lang,
        ...(runId ? { runId } : {}),
      });
      // Only the latest choice counts: an older answer arriving late must not replace the preview.
      if (mine !== request) return;
      if (reply.ok) set({ preview: reply.value, isLoading: false });
      else set({ preview: null, isLoading: false, problem: reply.problem });
    },
    save() {
      const { preview } = get();
      if (!preview) return;
      saveFile(preview);
      set({ savedFileName: preview.fileName });
    },
  };
});
