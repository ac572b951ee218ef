/** The `join` namespace (ja). Keys must match the other language's file. */
export const join = {} as const;
