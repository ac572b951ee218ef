/** The `join` namespace (en). Keys must match the other language's file. */
export const join = {} as const;
