import { readFileSync } from 'node:fs';
import { CatalogError, type DataFile } from '../../core/index.js';

/** Reads and parses a JSON data file; a failure names the file and says whether it was unreadable or not JSON. */
function readJsonFile(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CatalogError(`${file}: cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new CatalogError(`${file}: is not valid JSON (${(error as Error).message})`);
  }
}

/** Reads a data file whose top level must be a JSON object. */
export function readDataFile(file: string): DataFile {
  const json = readJsonFile(file);
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new CatalogError(`${file}: must be a JSON object`);
  }
  return { file, json: json as Record<string, unknown> };
}
