/**
 * Scopes are paths separated by `:` (`slack:T1:C1`); a scope's parent is everything before its
 * last `:` (`slack:T1`). Every backend tallies "everything under a workspace" by this rule.
 */
export function parentOf(scope: string): string {
  const cut = scope.lastIndexOf(':');
  return cut === -1 ? '' : scope.slice(0, cut);
}

/** Whether `scope`'s parent is `parent` (`slack:T1:C1` is under `slack:T1`; `slack:T10:C1` is not). */
export function isDirectlyUnder(scope: string, parent: string): boolean {
  return parentOf(scope) === parent && scope.length > parent.length + 1;
}
