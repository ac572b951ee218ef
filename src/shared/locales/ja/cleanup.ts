/** The `cleanup` namespace (ja). Keys must match the other language's file. */
export const cleanup = {} as const;
