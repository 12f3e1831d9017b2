#!/usr/bin/env node
import { limitHeapGrowth } from '../batch/heap.js';
import { UsageError } from './args.js';
import { annotateCommand } from './commands/annotate.js';
import { codeCommand } from './commands/code.js';
import { demoCommand } from './commands/demo.js';
import { eventsCommand } from './commands/events.js';
import { explainCommand } from './commands/explain.js';

const HELP = `annals: turn news into event data (who did what to whom, when and where)

Usage: annals <command> [options]

Commands:
  code <input...>       code articles into event records, store them, print them
  events                list stored events with filters
  annotate <input...>   print everything found in each article (mentions and events) as JSON lines
  explain "<text>"      show why a sentence was coded as it was
  demo                  code the bundled examples and print a summary (npm start)
  serve                 serve the HTTP API and the web dashboard over a database
  watch <feed...>       poll feeds and pages until stopped, coding what is new
  actors --unknown      list the names no dictionary knows in the stored articles (also --counts, --check)
  enqueue <input...>    put articles on the queue in PostgreSQL, for workers (--db postgres://...)
  worker                code articles from the queue, on any number of machines (--db postgres://...)
  status                the queue: depth, rates, workers, failures (--retry-failed queues failures again)

Run annals <command> --help for its options.`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  code: codeCommand, events: eventsCommand, annotate: annotateCommand, explain: explainCommand, demo: demoCommand,
  watch: async (argv) => (await import('./commands/watch.js')).watchCommand(argv),
  actors: async (argv) => (await import('./commands/actors.js')).actorsCommand(argv),
  // Loaded on use: the HTTP server's modules stay out of the other commands' start-up.
  serve: async (argv) => (await import('./commands/serve.js')).serveCommand(argv),
  enqueue: async (argv) => (await import('./commands/enqueue.js')).enqueueCommand(argv),
  worker: async (argv) => (await import('./commands/worker.js')).workerCommand(argv),
  status: async (argv) => (await import('./commands/status.js')).statusCommand(argv),
};

async function main(argv: string[]): Promise<number> {
  // Every command may code or serve for long: keep the garbage between full collections small.
  limitHeapGrowth();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    console.log('annals 0.1.0');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`annals: unknown command "${name}"\n\n${HELP}\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`annals ${name}: ${error.message}\nRun annals ${name} --help for usage.\n`);
      return 2;
    }
    throw error;
  }
}

// A closed pipe ("annals events | head") ends output quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`annals: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
