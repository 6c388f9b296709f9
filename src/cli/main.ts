import { Command, CommanderError } from "commander";
import { UsageError, EXIT } from "./output.js";

type Register = (program: Command) => void;

/**
 * Each command's module, by the names it registers, in the order `--help` lists them. Loaded only when
 * needed: a command run loads its own module alone (a cold `gaiko show` loads no server, checker or
 * importer); help, a version or an unknown command loads them all.
 */
const COMMANDS: [names: string[], load: () => Promise<Register>][] = [
  [["lint"], async () => (await import("./lint.js")).registerLintCommand],
  [["build"], async () => (await import("./build.js")).registerBuildCommand],
  [["search"], async () => (await import("./search.js")).registerSearchCommand],
  [["show"], async () => (await import("./show.js")).registerShowCommand],
  [["relations"], async () => (await import("./relations.js")).registerRelationsCommand],
  [["timeline"], async () => (await import("./timeline.js")).registerTimelineCommand],
  [["export"], async () => (await import("./export.js")).registerExportCommand],
  [["graph", "sources", "stats", "disagreements"], async () => (await import("./reference.js")).registerReferenceCommands],
  [["docs"], async () => (await import("./docs.js")).registerDocsCommand],
  [["serve"], async () => (await import("./serve.js")).registerServeCommand],
  [["import", "vendor"], async () => (await import("./import.js")).registerImportCommands],
  [["votes"], async () => (await import("./votes.js")).registerVotesCommand],
  [["check"], async () => (await import("./check.js")).registerCheckCommand],
  [["list"], async () => (await import("./list.js")).registerListCommand],
  [["series"], async () => (await import("./series.js")).registerSeriesCommand],
];

const program = new Command()
  .name("gaiko")
  .description("Japan's foreign relations: a dated, source-cited knowledge base")
  .version("0.1.0")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

// The program has no options of its own but --help and --version, so a command's name comes first. The
// version needs no command; help, no arguments or an unknown command (with its suggestions) need them all.
const first = process.argv[2] ?? "";
const named = COMMANDS.find(([names]) => names.includes(first));
const needed = named ? [named] : first === "--version" || first === "-V" ? [] : COMMANDS;
for (const [, load] of needed) (await load())(program);

// A reader that stops early (`gaiko export … | head`) closes the pipe: that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

try {
  await program.parseAsync(process.argv);
} catch (thrown) {
  process.exitCode = await exitCodeOf(thrown);
}

/**
 * Writes what went wrong to stderr and returns the exit code. The error classes of the store, votes
 * and series are loaded here, when an error needs them, not by every command that runs.
 */
async function exitCodeOf(thrown: unknown): Promise<number> {
  if (thrown instanceof CommanderError) return thrown.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (thrown instanceof UsageError) {
    process.stderr.write(`gaiko: ${thrown.message}\n`);
    return EXIT.usage;
  }
  const [{ asDamageError, NoDatabaseError }, { NoVotesError }, { NoSeriesError }] = await Promise.all([import("../kb/store.js"), import("../kb/votes-query.js"), import("../kb/series.js")]);
  // A query that meets a damaged file says so, and what to do, as opening one does.
  const e = asDamageError(thrown) ?? thrown;
  process.stderr.write(`gaiko: ${(e as Error).message}\n`);
  if (e instanceof NoVotesError || e instanceof NoSeriesError) return EXIT.notFound;
  if (e instanceof NoDatabaseError) return EXIT.noDatabase;
  return EXIT.failed;
}
