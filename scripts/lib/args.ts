/**
 * Command-line arguments: strict flag parsing for the scripts' own options
 * (node:util parseArgs, its errors turned into usage errors), and a lenient
 * lookup for arguments a script only passes through to wrangler.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./cli";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** `--help` or `-h` anywhere: prints the usage and exits successfully. */
export function exitWithUsageOnHelp(argv: string[], usage: string): void {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
}

export function parseFlags<const O extends Options>(argv: string[], options: O, usage: string) {
  exitWithUsageOnHelp(argv, usage);
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message, usage);
  }
}

/** The value of `--name value` or `--name=value` among passthrough arguments. */
export function passthroughOption(args: string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === flag) return args[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}
