/** The `cleanup` namespace (en). Keys must match the other language's file. */
export const cleanup = {} as const;
