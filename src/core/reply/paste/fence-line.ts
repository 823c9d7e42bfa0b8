/**
 * Is the line (its shape, `shapeOf`) a Markdown code fence, ```` ``` ```` or `~~~` with or without a
 * language? Chat users put a log between two and write about it after the closing one: in a log
 * whose lines start with timestamps, that fence ends the last stamped record, so the words after it
 * (`When restarting redis manually we see ECONNREFUSED`, corpus c224-024) are not given its time.
 */
export function isFenceLine(shape: string): boolean {
  return shape.startsWith('```') || shape.startsWith('~~~');
}
