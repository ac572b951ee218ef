/** The `cli` namespace (en). Keys must match the other language's file. */
export const cli = {} as const;
