// What the action says to the runner, as an interface: runner.ts implements it with @actions/core (the
// only file that imports it); everything else takes it as a parameter, so a unit test can pass a recorder.

/** Where an annotation points, as workflow commands take it (file relative to the workspace, 1-based line). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

export interface ActionIO {
  /** A line of the log. Callers bound and escape dataset text (terminalSafe) before it gets here. */
  info(line: string): void;
  /** An annotation (a notice, warning or error command); the runner escapes %, CR and LF. */
  annotate(level: "error" | "warning" | "notice", message: string, properties?: AnnotationProperties): void;
  setOutput(name: string, value: string): void;
  /** Appends Markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
}

/** The log line prefix every line of ours carries, so a reader tells them from the runner's. */
export function logLine(io: ActionIO): (line: string) => void {
  return (line) => io.info(`dataset-ci: ${line}`);
}
