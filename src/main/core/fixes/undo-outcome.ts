/** What applying or undoing one change came to, in the user's language. */
export interface UndoOutcome {
  id: string;
  ok: boolean;
  message: string;
}
