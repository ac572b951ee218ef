/** The `system` namespace (ja). Keys must match the other language's file. */
export const system = {} as const;
