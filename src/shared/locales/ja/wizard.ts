/** The `wizard` namespace (ja). Keys must match the other language's file. */
export const wizard = {} as const;
