/**
 * Why a file the user named (a config, a baseline) could not be read, in words: "ENOENT" alone teaches
 * nothing. `kind` says what the file should have been ("YAML file", "baseline file").
 */
export function readFailure(error: unknown, kind: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return `it is a directory, not a ${kind}`;
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return code ?? String(error);
  }
}
