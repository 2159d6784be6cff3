/**
 * The seeded generator behind container IDs, generated names and PIDs, so that the same seed and
 * the same commands replay byte for byte. mulberry32: small, fast, and good enough for names.
 * The state is a plain number, so it can live in an actor's context.
 */

export interface Draw<T> {
  value: T;
  state: number;
}

/** One step of mulberry32: a uint32 and the next state. */
export function nextUint32(state: number): Draw<number> {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: (t ^ (t >>> 14)) >>> 0, state: next };
}

/** 64 lowercase hex digits, as a container ID. */
export function nextHexId(state: number): Draw<string> {
  let s = state;
  let out = '';
  for (let i = 0; i < 8; i++) {
    const d = nextUint32(s);
    s = d.state;
    out += d.value.toString(16).padStart(8, '0');
  }
  return { value: out, state: s };
}

/** FNV-1a of a string: the seed of IDs made from a name (images, exec instances). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A whole number in [0, n). */
export function nextInt(state: number, n: number): Draw<number> {
  const d = nextUint32(state);
  return { value: d.value % n, state: d.state };
}

// Docker names containers `adjective_surname` (moby's namesgenerator). These are our own short
// lists in the same spirit: adjectives, and scientists and engineers who shaped computing.
const LEFT = [
  'admiring',
  'bold',
  'brave',
  'busy',
  'clever',
  'cool',
  'dazzling',
  'eager',
  'ecstatic',
  'elegant',
  'epic',
  'festive',
  'focused',
  'friendly',
  'gallant',
  'gracious',
  'happy',
  'hopeful',
  'jolly',
  'keen',
  'kind',
  'loving',
  'lucid',
  'magical',
  'modest',
  'nifty',
  'nostalgic',
  'peaceful',
  'pensive',
  'quirky',
  'relaxed',
  'serene',
  'sharp',
  'stoic',
  'sweet',
  'tender',
  'trusting',
  'upbeat',
  'vibrant',
  'wizardly',
  'youthful',
  'zealous',
];
const RIGHT = [
  'albattani',
  'allen',
  'babbage',
  'bardeen',
  'bartik',
  'borg',
  'cerf',
  'curie',
  'dijkstra',
  'easley',
  'euler',
  'feynman',
  'goldberg',
  'hamilton',
  'hopper',
  'johnson',
  'kare',
  'knuth',
  'lamarr',
  'lamport',
  'liskov',
  'lovelace',
  'mccarthy',
  'meitner',
  'noether',
  'pike',
  'ritchie',
  'shannon',
  'shockley',
  'sinoussi',
  'tesla',
  'thompson',
  'torvalds',
  'turing',
  'wescoff',
  'wilson',
  'wozniak',
  'yalow',
  'yonath',
];

/** A generated container name such as `jolly_hopper`. */
export function nextName(state: number): Draw<string> {
  const a = nextInt(state, LEFT.length);
  const b = nextInt(a.state, RIGHT.length);
  return { value: `${LEFT[a.value]}_${RIGHT[b.value]}`, state: b.state };
}
