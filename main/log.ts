/** Where the hosts write what a developer needs to diagnose a problem. */
export interface Log {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** A logger writing timestamped lines to stderr, kept apart from stdout (which carries the URL). */
export function createConsoleLog(quiet = false): Log {
  const write = (level: string, message: string, detail?: unknown): void => {
    if (quiet && level === 'info') return;
    const extra =
      detail === undefined
        ? ''
        : ` ${detail instanceof Error ? (detail.stack ?? detail.message) : JSON.stringify(detail)}`;
    process.stderr.write(`${new Date().toISOString()} ${level} ${message}${extra}\n`);
  };
  return {
    info: (message, detail) => write('info', message, detail),
    warn: (message, detail) => write('warn', message, detail),
    error: (message, detail) => write('error', message, detail),
  };
}
