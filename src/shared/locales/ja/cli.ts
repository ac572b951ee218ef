/** The `cli` namespace (ja). Keys must match the other language's file. */
export const cli = {} as const;
