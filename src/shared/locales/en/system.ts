/** The `system` namespace (en). Keys must match the other language's file. */
export const system = {} as const;
