/**
 * JSON as Go's encoding/json writes it (what `docker inspect` and its `json` template function
 * print): JSON.stringify's text, except that Go also escapes <, >, & and the line and paragraph
 * separators inside strings. Keys keep the object's order.
 */
export function goJson(value: unknown, indent = 0): string {
  return JSON.stringify(value, null, indent).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
