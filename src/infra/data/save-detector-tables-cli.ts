/**
 * Run by `npm run build` after `tsc`: compiles the detector's automata and its index from `data/` and
 * saves them in dist/detector-tables/, so that start-up and `sockerr scan` load them instead of building.
 * Quiet on success (a build's output is its files); bad data fails the build with its error.
 */
import { writeDetectorTables } from './detector-tables.js';

writeDetectorTables();
