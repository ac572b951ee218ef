/** The `fixes` namespace (ja). Keys must match the other language's file. */
export const fixes = {} as const;
