/** The `wizard` namespace (en). Keys must match the other language's file. */
export const wizard = {} as const;
