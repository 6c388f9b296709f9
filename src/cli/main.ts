import { Command, CommanderError } from "commander";
import { registerBuildCommand } from "./build.js";
import { registerCheckCommand } from "./check.js";
import { registerDocsCommand } from "./docs.js";
import { registerExportCommand } from "./export.js";
import { registerImportCommands } from "./import.js";
import { registerLintCommand } from "./lint.js";
import { registerReferenceCommands } from "./reference.js";
import { registerRelationsCommand } from "./relations.js";
import { registerSearchCommand } from "./search.js";
import { registerServeCommand } from "./serve.js";
import { registerShowCommand } from "./show.js";
import { registerTimelineCommand } from "./timeline.js";
import { registerVotesCommand } from "./votes.js";
import { registerListCommand } from "./list.js";
import { registerSeriesCommand } from "./series.js";
import { NoSeriesError } from "../kb/series.js";
import { asDamageError, NoDatabaseError } from "../kb/store.js";
import { NoVotesError } from "../kb/votes-query.js";
import { UsageError, EXIT } from "./output.js";

const program = new Command()
  .name("gaiko")
  .description("Japan's foreign relations: a dated, source-cited knowledge base")
  .version("0.1.0")
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerLintCommand(program);
registerBuildCommand(program);
registerSearchCommand(program);
registerShowCommand(program);
registerRelationsCommand(program);
registerTimelineCommand(program);
registerExportCommand(program);
registerReferenceCommands(program);
registerDocsCommand(program);
registerServeCommand(program);
registerImportCommands(program);
registerVotesCommand(program);
registerCheckCommand(program);
registerListCommand(program);
registerSeriesCommand(program);

// A reader that stops early (`gaiko export … | head`) closes the pipe: that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

try {
  await program.parseAsync(process.argv);
} catch (thrown) {
  // A query that meets a damaged file says so, and what to do, as opening one does.
  const e = asDamageError(thrown) ?? thrown;
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (e instanceof NoVotesError || e instanceof NoSeriesError) {
    process.stderr.write(`gaiko: ${e.message}\n`);
    process.exitCode = EXIT.notFound;
  } else if (e instanceof NoDatabaseError) {
    process.stderr.write(`gaiko: ${e.message}\n`);
    process.exitCode = EXIT.noDatabase;
  } else if (e instanceof UsageError) {
    process.stderr.write(`gaiko: ${e.message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`gaiko: ${(e as Error).message}\n`);
    process.exitCode = EXIT.failed;
  }
}
