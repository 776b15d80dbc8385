/**
 * Entry-point plumbing for the scripts: a failure prints its message and the
 * chain of causes (a failed query and then the database's reason), one short
 * line each, and exits non-zero. DEBUG=1 adds the stack.
 */
import { errorChain } from "../../src/errors";

export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}

const MAX_LINE = 200;

function summary(message: string): string {
  const line = message.split("\n", 1)[0]!;
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
}

/** Runs a script's main; a number it resolves to is the exit code. */
export function runMain(main: () => Promise<unknown>): void {
  main().then(
    (code) => {
      process.exitCode = typeof code === "number" ? code : 0;
    },
    (error: unknown) => {
      const [message, ...causes] = errorChain(error).map(summary);
      console.error(`error: ${message}`);
      for (const cause of causes) console.error(`  cause: ${cause}`);
      if (error instanceof UsageError && error.usage) console.error(`\n${error.usage}`);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exitCode = 1;
    },
  );
}
