import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/**
 * The files under a directory that one of `extensions` reads, depth first in name order; hidden files and folders
 * (a leading dot) are skipped, symbolic links to folders are not followed (no loops). A `.gz` file counts when the
 * name under it has a known extension (`news.jsonl.gz`).
 */
export async function walk(dir: string, extensions: ReadonlySet<string>): Promise<string[]> {
  const files: string[] = [];
  const visit = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if ((entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile())) && readable(entry.name, extensions)) {
        files.push(path);
      }
    }
  };
  await visit(dir);
  return files;
}

/** Whether a file name has an extension a reader takes, looking under a `.gz`. */
export function readable(name: string, extensions: ReadonlySet<string>): boolean {
  const extension = extname(name).toLowerCase();
  if (extension === '.gz') return readable(basename(name, extname(name)), extensions);
  return extensions.has(extension);
}
