/** The `report` namespace (ja). Keys must match the other language's file. */
export const report = {} as const;
