/** The `report` namespace (en). Keys must match the other language's file. */
export const report = {} as const;
