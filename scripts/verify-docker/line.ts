/**
 * Docker command lines of the catalogue: split into argv as a POSIX shell would (quotes and
 * backslashes only: no variables, globs, pipes or lists), checked against what the verifier allows,
 * and given the verifier's safety flags. Pure: no I/O.
 */

/** Splits a line into words the way `sh` does for plain words, '…' and "…". Throws on an open quote. */
export function splitLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' in: ${line}`);
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1] as string)) j++;
        word += line[j];
      }
      if (j >= line.length) throw new Error(`unterminated " in: ${line}`);
      i = j;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (c === ' ' || c === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** Quotes one word for a POSIX shell, leaving plain words alone. */
export function quoteWord(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export function joinLine(argv: string[]): string {
  return argv.map(quoteWord).join(' ');
}

/** The verbs the catalogue may use, and only these. */
const VERBS = new Set([
  'create',
  'run',
  'start',
  'stop',
  'kill',
  'restart',
  'pause',
  'unpause',
  'rm',
  'remove',
  'ps',
  'ls',
  'list',
  'inspect',
]);

/** Flags of run/create that could reach outside a container; the verifier refuses them. */
const FORBIDDEN = [
  /^--?(network|net)(=.*)?$/,
  /^--privileged/,
  /^-v$|^--volume/,
  /^--mount/,
  /^-p$|^--publish/,
  /^-P$/,
  /^--(pid|ipc|uts|userns|cgroupns)(=.*)?$/,
  /^--cap-add/,
  /^--device/,
  /^--security-opt/,
  /^--pull(=.*)?$/,
  /^-H$|^--host/,
  /^--context/,
];

/** Where the verb is in a docker argv (`docker run` → 1, `docker container run` → 2), or -1. */
export function verbIndex(argv: string[]): number {
  if (argv[0] !== 'docker') return -1;
  const i = argv[1] === 'container' ? 2 : 1;
  return i < argv.length ? i : -1;
}

/** Why the verifier will not run this line, or null when it may. */
export function refusal(line: string): string | null {
  let argv: string[];
  try {
    argv = splitLine(line);
  } catch (e) {
    return (e as Error).message;
  }
  if (/[$`;|&<>(){}*?]/.test(line.replace(/'[^']*'/g, '')))
    return `shell syntax outside single quotes is not allowed: ${line}`;
  const v = verbIndex(argv);
  if (v < 0) return `not a docker command: ${line}`;
  const verb = argv[v] as string;
  if (!VERBS.has(verb)) return `verb ${verb} is not one the verifier runs`;
  if (verb === 'run' || verb === 'create') {
    // Every word is checked, the container's own command included: refusing too much is safe.
    for (const a of argv.slice(v + 1)) {
      const bad = FORBIDDEN.find((re) => re.test(a));
      if (bad) return `flag ${a} is not allowed (the verifier adds --network none and --pull never itself)`;
    }
  }
  return null;
}

export interface SafetyFlags {
  /** Label key; every created container gets `--label KEY=RUNID`. */
  labelKey: string;
  runId: string;
  /** `never` unless the user asked for --pull (then `missing`). */
  pull: 'never' | 'missing';
}

/**
 * The argv to run: for `run` and `create`, the verifier's label, `--network none` and `--pull …`
 * go right after the verb, before anything the line says; `ps` lists only the verifier's containers.
 */
export function withSafetyFlags(argv: string[], flags: SafetyFlags): string[] {
  const v = verbIndex(argv);
  const verb = argv[v];
  if (verb === 'ps' || verb === 'ls' || verb === 'list')
    return [...argv.slice(0, v + 1), '--filter', `label=${flags.labelKey}=${flags.runId}`, ...argv.slice(v + 1)];
  if (verb !== 'run' && verb !== 'create') return [...argv];
  return [
    ...argv.slice(0, v + 1),
    '--network',
    'none',
    '--label',
    `${flags.labelKey}=${flags.runId}`,
    '--pull',
    flags.pull,
    ...argv.slice(v + 1),
  ];
}
