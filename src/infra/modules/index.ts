/** Node's module loading: a package loaded where it is first used, not where it is required. */
export { deferPackage } from './defer-package.js';
