/** One screen, as the session would share it. */
export interface DisplayFacts {
  name: string;
  width: number | null;
  height: number | null;
  /** Scaling in percent (150 = 150%), when the OS says it. */
  scalePercent: number | null;
  isMain: boolean;
  isBuiltin: boolean | null;
  connection: string | null;
}
