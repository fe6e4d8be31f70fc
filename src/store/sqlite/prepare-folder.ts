import { mkdirSync, statSync } from 'node:fs';
import { dirname, parse, resolve } from 'node:path';
import { StoreOpenError } from '../store-open-error.ts';

/**
 * Makes sure the SQLite file's folder exists. Only that one folder is created, and only inside an existing
 * folder other than the file system's root: a typo in DATABASE_URL never scatters folders from `/` down
 * (as root it could), and a recursive create never spins on a path like /proc/…/….
 */
export function prepareSqliteFolder(path: string): void {
  const folder = resolve(dirname(path));
  if (isFolder(folder)) return;
  const parent = dirname(folder);
  if (parent === parse(folder).root || !isFolder(parent)) {
    throw new StoreOpenError(
      'the SQLite file’s folder does not exist, nor does the folder above it (only the last folder is created for you)',
    );
  }
  try {
    mkdirSync(folder);
  } catch (error) {
    throw new StoreOpenError(
      `cannot create the SQLite file’s folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
