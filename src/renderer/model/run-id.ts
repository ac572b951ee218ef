/** A fresh id for one check run; events and replies carry it so a re-check never mixes with the run it replaced. */
export function newRunId(): string {
  // randomUUID needs a secure context; file:// in Electron and http://127.0.0.1 both are, but stay safe elsewhere.
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  return `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
