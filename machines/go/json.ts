/**
 * Go encoding/json string escaping and json.Indent.
 *
 * - The daemon writes every response with `enc.SetEscapeHTML(false)` (moby
 *   daemon/server/httputils/httputils.go WriteJSON), and the CLI's `json` template function does the
 *   same (docker/cli templates/templates.go formatJSON). So `<`, `>` and `&` stay literal there.
 * - `json.Marshal` escapes them as \u003c, \u003e, \u0026; docker/cli's formatter.MarshalJSON (the
 *   `{{json .}}` of `docker ps`) uses json.Marshal, so ps JSON rows do escape them.
 * - Since Go 1.22 `\b` and `\f` use the short forms; U+2028/U+2029 are always escaped.
 */

export function jsonQuote(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
    }
    if (cp < 0x20 || (escapeHTML && (ch === '<' || ch === '>' || ch === '&'))) {
      out += '\\u' + cp.toString(16).padStart(4, '0');
    } else if (cp === 0x2028 || cp === 0x2029) {
      out += '\\u' + cp.toString(16);
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      out += '\\ufffd'; // a lone surrogate is invalid UTF-8: Go writes U+FFFD
    } else {
      out += ch;
    }
  }
  return out + '"';
}

/**
 * json.Indent: newline + prefix + indent per level; `": "` after keys; empty `{}` and `[]` stay
 * compact; whitespace between tokens is dropped. `src` must be valid JSON.
 */
export function jsonIndent(src: string, prefix: string, indent: string): string {
  let out = '';
  let depth = 0;
  let needIndent = false;
  let inString = false;
  let escaped = false;
  const newline = (): void => {
    out += '\n' + prefix + indent.repeat(depth);
  };
  for (const c of src) {
    if (inString) {
      out += c;
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (needIndent && c !== '}' && c !== ']') {
      needIndent = false;
      depth++;
      newline();
    }
    switch (c) {
      case '"':
        inString = true;
        out += c;
        break;
      case '{':
      case '[':
        needIndent = true;
        out += c;
        break;
      case ',':
        out += c;
        newline();
        break;
      case ':':
        out += ': ';
        break;
      case '}':
      case ']':
        if (needIndent) needIndent = false;
        else {
          depth--;
          newline();
        }
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

/** json.Compact: drop insignificant whitespace. */
export function jsonCompact(src: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (const c of src) {
    if (inString) {
      out += c;
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (c === '"') inString = true;
    out += c;
  }
  return out;
}
