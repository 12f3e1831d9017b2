import { createWriteStream, type WriteStream } from 'node:fs';

/** Where a command writes: a file named by --out, or standard output. */
export interface Output {
  write(text: string): void;
  close(): Promise<void>;
}

/** Open the output: `--out FILE` or standard output. */
export function openOutput(path: string | undefined): Output {
  if (!path) {
    return { write: (text) => void process.stdout.write(text), close: async () => {} };
  }
  const stream: WriteStream = createWriteStream(path);
  return {
    write: (text) => void stream.write(text),
    close: () => new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
  };
}

/** Problems go to standard error, one line each, never to the output. */
export function warn(line: string): void {
  process.stderr.write(line + '\n');
}
