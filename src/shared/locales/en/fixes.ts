/** The `fixes` namespace (en). Keys must match the other language's file. */
export const fixes = {
  undo: {
    done: 'Undone: {{title}}.',
    interrupted: 'Undone: {{title}} (it had been interrupted before it was made, so there was little or nothing to revert).',
    failed: 'Could not undo {{title}}: {{error}}. Try again; if it keeps failing, send this message to your IT department.',
  },
} as const;
