/** The `verdicts` namespace (ja). Keys must match the other language's file. */
export const verdicts = {} as const;
