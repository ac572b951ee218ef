/** The `fixes` namespace (en). Keys must match the other language's file. */
export const fixes = {} as const;
