/**
 * Compares a recording of the real engine with one of the simulator, scenario by scenario and step
 * by step, after normalising what must differ between any two runs (container IDs, generated
 * names, times, durations). A difference that the version table explains is a "version"
 * difference; anything else is a real difference. Pure: no I/O, no clock, so the vitest replay test
 * runs exactly this code on the recorded fixtures.
 *
 * Fields compared per step: the CLI's exit code, stdout and stderr; the container events of the step
 * (action and attributes); each container's state (Status, ExitCode, RestartCount); the `docker ps`
 * STATUS column; and, where a restart policy restarted a container, the back-off gaps.
 *
 * Back-off timing: a real engine needs a while (0.2–0.5 s here) to start a container, and a policy
 * restart's `start` event comes after the back-off *and* that start. So each real gap between a
 * `die` and the policy's next `start` is measured minus that restart's own start time, and compared
 * with the simulator's gap within {@link backoffTolerance}. The start time is measured from the
 * `network connect` event the daemon logs inside containerStart (even for `--network none`) to
 * the `start` event; when the recording has no such event, from the container's `create` event
 * to its first `start` event.
 */
import type {
  Catalogue,
  RecordedEvent,
  RecordedScenario,
  RecordedStep,
  Recording,
  Scenario,
  VersionEntry,
  VersionTable,
  Versions,
} from './types';

export type Verdict = 'match' | 'version' | 'difference';
export type Field = 'exitCode' | 'stdout' | 'stderr' | 'events' | 'state' | 'ps' | 'backoff';

export interface FieldResult {
  field: Field;
  verdict: Verdict;
  /** Normalised, as compared. */
  sim: string;
  real: string;
  /** Version-table entries that explain a "version" verdict. */
  explainedBy?: string[];
}

export interface StepResult {
  index: number;
  line?: string;
  verdict: Verdict;
  fields: FieldResult[];
}

export interface ScenarioResult {
  id: string;
  title: string;
  verdict: Verdict;
  steps: StepResult[];
}

export interface Difference {
  scenario: string;
  step: number;
  line?: string;
  field: Field;
  sim: string;
  real: string;
}

export interface Summary {
  scenarios: Record<Verdict, number> & { total: number };
  steps: Record<Verdict, number> & { total: number };
  /** Fields that differed and that the version table explains. */
  versionDifferences: number;
  /** How many fields each version-table entry explained. */
  byEntry: Record<string, number>;
  differences: Difference[];
}

export interface Report {
  versions: Versions;
  scenarios: ScenarioResult[];
  summary: Summary;
}

// -------------------------------------------------------------------------------------------------
// Versions
// -------------------------------------------------------------------------------------------------

/** `20.10.24+dfsg1` → [20, 10, 24]; `1.6.20~ds1` → [1, 6, 20]. */
export function parseVersion(v: string): number[] {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : [];
}

export function versionBelow(v: string | undefined, bound: string): boolean {
  if (!v) return false;
  const a = parseVersion(v);
  const b = parseVersion(bound);
  if (a.length === 0 || b.length === 0) return false;
  for (let i = 0; i < 3; i++) {
    if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) < (b[i] as number);
  }
  return false;
}

/** The entries that apply to a recording made with these versions. */
export function applicableEntries(table: VersionTable, versions: Versions): VersionEntry[] {
  return table.entries.filter((e) => {
    if (e.before === undefined) return true;
    const v = e.component === 'engine' ? versions.engine : e.component === 'cli' ? versions.cli : versions.runc;
    return versionBelow(v, e.before);
  });
}

// -------------------------------------------------------------------------------------------------
// Normalisation
// -------------------------------------------------------------------------------------------------

const HEX64 = /\b[0-9a-f]{64}\b/g;
const HEX12 = /\b[0-9a-f]{12}\b/g;
const RFC3339 = /\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g;
const DURATION =
  /\b(?:Less than a second|About a minute|About an hour|\d+ (?:second|minute|hour|day|week|month|year)s?)\b/g;

/** Maps one recording's container IDs and generated names to stable placeholders. */
export class Normaliser {
  private readonly idName = new Map<string, string>();
  private readonly generated = new Map<string, string>();

  constructor(
    scenario: RecordedScenario,
    known: ReadonlySet<string>,
    private readonly labelKey: string,
  ) {
    const seen = (id: string, name: string | undefined) => {
      if (!id || !/^[0-9a-f]{64}$/.test(id)) return;
      if (name && !this.idName.has(id)) this.idName.set(id, name);
      else if (!this.idName.has(id)) this.idName.set(id, '');
    };
    for (const step of scenario.steps) {
      for (const e of step.events) seen(e.ID, e.Attributes.name);
      for (const c of step.containers) seen(c.ID, c.Name);
    }
    for (const name of this.idName.values()) {
      if (name && !known.has(name) && !this.generated.has(name))
        this.generated.set(name, `<generated-${this.generated.size + 1}>`);
    }
  }

  name(raw: string): string {
    return this.generated.get(raw) ?? raw;
  }

  idLabel(id: string): string {
    const n = this.idName.get(id);
    return n ? this.name(n) : '?';
  }

  text(raw: string): string {
    let s = raw.replace(HEX64, (id) => `<id:${this.idLabel(id)}>`);
    s = s.replace(HEX12, (short) => {
      for (const id of this.idName.keys()) if (id.startsWith(short)) return `<short-id:${this.idLabel(id)}>`;
      return short;
    });
    for (const [raw, placeholder] of this.generated) s = s.split(raw).join(placeholder);
    s = s.replace(RFC3339, '<time>').replace(DURATION, '<dur>');
    // A table's columns are as wide as their widest cell, and a duration's width varies: in
    // `docker ps`'s table every run of padding counts as one column break.
    if (s.startsWith('CONTAINER ID')) s = s.replace(/ {2,}/g, '   ');
    return s;
  }

  event(e: RecordedEvent): NormEvent {
    const attrs: string[] = [];
    for (const key of Object.keys(e.Attributes).sort()) {
      if (key === 'name' || key === this.labelKey) continue;
      const v = key === 'execDuration' ? '<s>' : this.text(e.Attributes[key] as string);
      attrs.push(`${key}=${v}`);
    }
    const who = this.name(e.Attributes.name ?? this.idLabel(e.ID));
    return { who, action: e.Action, attrs, t: e.t };
  }
}

export interface NormEvent {
  who: string;
  action: string;
  attrs: string[];
  t: number;
}

const show = (e: NormEvent) => `${e.who} ${e.action}${e.attrs.length ? ` (${e.attrs.join(', ')})` : ''}`;

/**
 * The events of a step as text, one container after another (by name), each container's in the
 * order the engine logged them. The CLI works on several containers in parallel
 * (docker/cli parallelOperation), so the order *between* containers is not the engine's to keep.
 */
function showEvents(events: NormEvent[]): string {
  const names = [...new Set(events.map((e) => e.who))].sort();
  return names.flatMap((n) => events.filter((e) => e.who === n).map(show)).join('\n');
}

/**
 * A restart loop's repeated cycles collapse into one: `die, start, die` of one container, where both
 * dies read the same, becomes `die` (a loop step's count of cycles depends on timing).
 */
function collapseLoops(events: NormEvent[]): NormEvent[] {
  const out: NormEvent[] = [];
  for (const e of events) {
    const n = out.length;
    const a = out[n - 2];
    const b = out[n - 1];
    if (
      e.action === 'die' &&
      b?.action === 'start' &&
      a?.action === 'die' &&
      b.who === e.who &&
      a.who === e.who &&
      show(a) === show(e)
    ) {
      out.pop();
      continue;
    }
    out.push(e);
  }
  return out;
}

// -------------------------------------------------------------------------------------------------
// Comparing one step
// -------------------------------------------------------------------------------------------------

/**
 * The smallest set of entries under which `transform` makes both sides equal, or null when even
 * all of them together do not.
 */
function explain(entries: VersionEntry[], transform: (subset: VersionEntry[]) => [string, string]): string[] | null {
  const same = (subset: VersionEntry[]) => {
    const [a, b] = transform(subset);
    return sameText(a, b);
  };
  if (!same(entries)) return null;
  let needed = [...entries];
  for (const e of entries) {
    const without = needed.filter((x) => x !== e);
    if (same(without)) needed = without;
  }
  return needed.map((e) => e.id);
}

/** Stands for any text on one line in a version entry's replacement (an older text that names what v29 does not). */
export const ANY = '<*>';

/** Equal, where `<*>` in the rewritten simulator text matches any text within a line. */
export function sameText(rewritten: string, real: string): boolean {
  if (!rewritten.includes(ANY)) return rewritten === real;
  const re = rewritten
    .split(ANY)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^\\n]*');
  return new RegExp(`^${re}$`).test(real);
}

function fieldResult(
  field: Field,
  sim: string,
  real: string,
  entries: VersionEntry[] = [],
  transform?: (subset: VersionEntry[]) => [string, string],
): FieldResult {
  if (sim === real) return { field, verdict: 'match', sim, real };
  const ids = transform ? explain(entries, transform) : null;
  if (ids && ids.length) return { field, verdict: 'version', sim, real, explainedBy: ids };
  return { field, verdict: 'difference', sim, real };
}

/** The v29 text in an older version's words: every text entry for the field, in table order. */
function applyText(entries: VersionEntry[], field: 'stdout' | 'stderr' | 'ps', text: string, line = ''): string {
  let s = text;
  for (const e of entries) {
    if (e.kind !== 'text' || e.field !== field) continue;
    if (e.when !== undefined && !new RegExp(e.when).test(line)) continue;
    s = s.replace(new RegExp(e.pattern, 'g'), e.replacement);
  }
  return s;
}

/** Both event lists with the event entries applied: attributes dropped, optional events left out, pairs ordered. */
function applyEvents(entries: VersionEntry[], sim: NormEvent[], real: NormEvent[]): [string, string] {
  let s = sim.map((e) => ({ ...e, attrs: [...e.attrs] }));
  let r = real.map((e) => ({ ...e, attrs: [...e.attrs] }));
  for (const e of entries) {
    if (e.kind === 'event-attribute') {
      for (const ev of s)
        if (ev.action === e.action) ev.attrs = ev.attrs.filter((a) => !a.startsWith(`${e.attribute}=`));
    } else if (e.kind === 'event-optional') {
      // Optional only where the engine may log it or not: right after a kill of the same container.
      const drop = (list: NormEvent[]) => {
        const out: NormEvent[] = [];
        for (const ev of list) {
          const prev = [...out].reverse().find((x) => x.who === ev.who);
          if (!(ev.action === e.action && prev?.action === 'kill')) out.push(ev);
        }
        return out;
      };
      s = drop(s);
      r = drop(r);
    } else if (e.kind === 'event-order') {
      const order = (list: NormEvent[]) => {
        const out = [...list];
        for (let i = 0; i + 1 < out.length; i++) {
          const a = out[i] as NormEvent;
          const b = out[i + 1] as NormEvent;
          if (a.who === b.who && a.action === e.pair[1] && b.action === e.pair[0]) {
            out[i] = b;
            out[i + 1] = a;
          }
        }
        return out;
      };
      s = order(s);
      r = order(r);
    }
  }
  return [showEvents(s), showEvents(r)];
}

export interface BackoffOptions {
  /** How much earlier and later than the simulator's gap (real gap − start time) may be, in ms. */
  tolerance?: (simGap: number) => { early: number; late: number };
}

/**
 * How far (ms) the engine's gap, minus its start time, may lie from the simulator's: 50 ms
 * earlier at most (the back-off timer never fires early), and up to 100 ms plus a quarter of the gap
 * later (what else the engine does between the die and the start: in v20.10 handleContainerExit
 * holds the container's lock through its cleanup, and the new start waits for it).
 */
export const backoffTolerance = (simGap: number) => ({ early: 50, late: 100 + simGap / 4 });

/** Gaps (ms) between a die and the next start of the same container that a restart policy made. */
export function policyGaps(events: RecordedEvent[]): { who: string; gap: number; at: number }[] {
  const out: { who: string; gap: number; at: number }[] = [];
  for (let i = 0; i < events.length; i++) {
    const d = events[i] as RecordedEvent;
    if (d.Action !== 'die') continue;
    const rest = events.slice(i + 1).filter((e) => e.ID === d.ID);
    const next = rest[0];
    if (next?.Action !== 'start' || rest[1]?.Action === 'restart') continue;
    out.push({ who: d.Attributes.name ?? d.ID, gap: next.t - d.t, at: next.t });
  }
  return out;
}

/** A container's start time in a recording: from its create event to its first start event. */
export function startTimes(scenario: RecordedScenario): Map<string, number> {
  const created = new Map<string, number>();
  const out = new Map<string, number>();
  for (const step of scenario.steps)
    for (const e of step.events) {
      if (e.Action === 'create') created.set(e.ID, e.t);
      if (e.Action === 'start' && created.has(e.ID) && !out.has(e.ID))
        out.set(e.ID, e.t - (created.get(e.ID) as number));
    }
  return out;
}

function backoffField(
  simStep: RecordedStep,
  realStep: RecordedStep,
  realStarts: Map<string, number>,
  loop: boolean,
  opts: BackoffOptions,
): FieldResult | null {
  const s = policyGaps(simStep.events);
  const r = policyGaps(realStep.events);
  if (s.length === 0 && r.length === 0) return null;
  const tol = opts.tolerance ?? backoffTolerance;
  const idOf = new Map(realStep.events.map((e) => [e.Attributes.name ?? e.ID, e.ID]));
  const n = Math.min(s.length, r.length);
  let ok = loop ? n > 0 : s.length === r.length;
  const realParts: string[] = [];
  for (let i = 0; i < r.length; i++) {
    const g = r[i] as { who: string; gap: number; at: number };
    const id = idOf.get(g.who) ?? '';
    // This restart's own start time when the engine logged its network connect, else the
    // container's first start (create → start).
    const connect = (realStep.connects ?? []).filter((c) => c.ID === id && c.t <= g.at && c.t >= g.at - g.gap).at(-1);
    const start = connect ? g.at - connect.t : (realStarts.get(id) ?? 0);
    const adjusted = g.gap - start;
    realParts.push(`${Math.round(g.gap)}-${Math.round(start)}=${Math.round(adjusted)}`);
    const expected = s[i]?.gap;
    if (expected !== undefined) {
      const { early, late } = tol(expected);
      if (adjusted < expected - early || adjusted > expected + late) ok = false;
    }
  }
  const sim = `gaps ${s.map((g) => Math.round(g.gap)).join(' ')} ms`;
  const real = `gaps minus start time ${realParts.join(' ')} ms`;
  return { field: 'backoff', verdict: ok ? 'match' : 'difference', sim, real };
}

function stateLines(step: RecordedStep, norm: Normaliser, loop: boolean): string {
  return step.containers
    .map((c) => {
      const restarts = loop ? '' : `, restarts ${c.RestartCount}`;
      return `${norm.name(c.Name)}: ${c.Status} (exit ${c.ExitCode}${restarts})`;
    })
    .sort()
    .join('\n');
}

function psLines(step: RecordedStep, norm: Normaliser): string {
  return step.containers
    .map((c) => `${norm.name(c.Name)}: ${norm.text(c.psStatus)}`)
    .sort()
    .join('\n');
}

function worst(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('difference')) return 'difference';
  if (verdicts.includes('version')) return 'version';
  return 'match';
}

export interface CompareOptions extends BackoffOptions {
  /** The label key the recordings used (left out of event attributes). */
  labelKey?: string;
}

export function compareScenario(
  scenario: Scenario,
  sim: RecordedScenario,
  real: RecordedScenario,
  entries: VersionEntry[],
  known: ReadonlySet<string>,
  opts: CompareOptions = {},
): ScenarioResult {
  const labelKey = opts.labelKey ?? 'dls.verify-docker';
  const ns = new Normaliser(sim, known, labelKey);
  const nr = new Normaliser(real, known, labelKey);
  const realStarts = startTimes(real);
  const steps: StepResult[] = [];
  let explainedRest: string | null = null;
  for (let i = 0; i < scenario.steps.length; i++) {
    const def = scenario.steps[i] as Scenario['steps'][number];
    const s = sim.steps[i];
    const r = real.steps[i];
    if (!s || !r) {
      steps.push({
        index: i,
        ...(def.run === undefined ? {} : { line: def.run }),
        verdict: 'difference',
        fields: [
          { field: 'state', verdict: 'difference', sim: s ? 'recorded' : 'missing', real: r ? 'recorded' : 'missing' },
        ],
      });
      continue;
    }
    const loop = def.loop === true;
    const fields: FieldResult[] = [];
    if (def.run !== undefined) {
      fields.push(fieldResult('exitCode', String(s.exitCode), String(r.exitCode)));
      for (const f of ['stdout', 'stderr'] as const) {
        const a = ns.text(s[f] ?? '');
        const b = nr.text(r[f] ?? '');
        const textEntries = entries.filter((e) => e.kind === 'text' && e.field === f);
        fields.push(fieldResult(f, a, b, textEntries, (subset) => [applyText(subset, f, a, def.run), b]));
      }
    }
    let se = s.events.map((e) => ns.event(e));
    let re = r.events.map((e) => nr.event(e));
    if (loop) {
      se = collapseLoops(se);
      re = collapseLoops(re);
    }
    const eventEntries = entries.filter((e) => e.kind.startsWith('event-'));
    fields.push(
      fieldResult('events', showEvents(se), showEvents(re), eventEntries, (subset) => applyEvents(subset, se, re)),
    );
    fields.push(fieldResult('state', stateLines(s, ns, loop), stateLines(r, nr, loop)));
    const [psSim, psReal] = [psLines(s, ns), psLines(r, nr)];
    const psEntries = entries.filter((e) => e.kind === 'text' && e.field === 'ps');
    fields.push(fieldResult('ps', psSim, psReal, psEntries, (subset) => [applyText(subset, 'ps', psSim), psReal]));
    const back = backoffField(s, r, realStarts, loop, opts);
    if (back) fields.push(back);

    // A command the older version lacks or ignores explains whatever it changed.
    const commands = entries.filter(
      (e) => e.kind === 'command' && def.run !== undefined && new RegExp(e.pattern).test(def.run),
    );
    const command = commands.find((e) => e.kind === 'command' && e.scope === 'scenario') ?? commands[0];
    const explainer = command?.id ?? explainedRest;
    if (explainer)
      for (const f of fields)
        if (f.verdict === 'difference') Object.assign(f, { verdict: 'version', explainedBy: [explainer] });
    if (command?.kind === 'command' && command.scope === 'scenario') explainedRest = command.id;

    steps.push({
      index: i,
      ...(def.run === undefined ? {} : { line: def.run }),
      verdict: worst(fields.map((f) => f.verdict)),
      fields,
    });
  }
  return { id: scenario.id, title: scenario.title, verdict: worst(steps.map((s) => s.verdict)), steps };
}

export function compareRecordings(
  catalogue: Catalogue,
  sim: Recording,
  real: Recording,
  table: VersionTable,
  opts: CompareOptions = {},
): Report {
  const entries = applicableEntries(table, real.versions);
  const known = new Set(catalogue.names);
  const scenarios: ScenarioResult[] = [];
  for (const rs of real.scenarios) {
    const def = catalogue.scenarios.find((s) => s.id === rs.id);
    const ss = sim.scenarios.find((s) => s.id === rs.id);
    if (!def || !ss) continue;
    scenarios.push(compareScenario(def, ss, rs, entries, known, { labelKey: real.label, ...opts }));
  }
  return { versions: real.versions, scenarios, summary: summarise(scenarios) };
}

export function summarise(scenarios: ScenarioResult[]): Summary {
  const zero = () => ({ total: 0, match: 0, version: 0, difference: 0 });
  const summary: Summary = { scenarios: zero(), steps: zero(), versionDifferences: 0, byEntry: {}, differences: [] };
  for (const sc of scenarios) {
    summary.scenarios.total++;
    summary.scenarios[sc.verdict]++;
    for (const st of sc.steps) {
      summary.steps.total++;
      summary.steps[st.verdict]++;
      for (const f of st.fields) {
        if (f.verdict === 'version') {
          summary.versionDifferences++;
          for (const id of f.explainedBy ?? []) summary.byEntry[id] = (summary.byEntry[id] ?? 0) + 1;
        } else if (f.verdict === 'difference') {
          summary.differences.push({
            scenario: sc.id,
            step: st.index,
            ...(st.line === undefined ? {} : { line: st.line }),
            field: f.field,
            sim: f.sim,
            real: f.real,
          });
        }
      }
    }
  }
  return summary;
}

/** The key a known difference is listed under: `scenario#step:field`. */
export const differenceKey = (d: Pick<Difference, 'scenario' | 'step' | 'field'>) =>
  `${d.scenario}#${d.step}:${d.field}`;
