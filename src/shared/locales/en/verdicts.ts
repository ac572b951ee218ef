/** The `verdicts` namespace (en). Keys must match the other language's file. */
export const verdicts = {} as const;
