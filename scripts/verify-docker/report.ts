/** Prints a comparison report as text: per scenario and step, match, version or difference. Pure. */
import type { FieldResult, Report, Summary } from './compare';
import type { VersionTable } from './types';

const MARK = { match: 'match     ', version: 'version   ', difference: 'DIFFERENCE' } as const;

function indent(text: string, prefix: string): string {
  return (text === '' ? '(nothing)' : text)
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

function fieldLines(f: FieldResult, table: VersionTable): string[] {
  const out = [`      ${f.field}: ${f.verdict}${f.explainedBy ? ` (${f.explainedBy.join(', ')})` : ''}`];
  if (f.verdict === 'match' && f.field !== 'backoff') return out;
  out.push(indent(f.sim, '        simulator | '));
  out.push(indent(f.real, '        engine    | '));
  if (f.verdict === 'version')
    for (const id of f.explainedBy ?? []) {
      const e = table.entries.find((x) => x.id === id);
      if (e) out.push(`        why: ${e.what} [${e.citation}]`);
    }
  return out;
}

export function formatReport(report: Report, table: VersionTable, opts: { verbose?: boolean } = {}): string {
  const v = report.versions;
  const lines: string[] = [
    `engine ${v.engine} (API ${v.api ?? '?'}, containerd ${v.containerd ?? '?'}, runc ${v.runc ?? '?'}), CLI ${v.cli}`,
    '',
  ];
  for (const sc of report.scenarios) {
    lines.push(`${MARK[sc.verdict]} ${sc.id}: ${sc.title}`);
    for (const st of sc.steps) {
      const fields = st.fields.map((f) => `${f.field} ${f.verdict === 'match' ? 'ok' : f.verdict}`).join(', ');
      lines.push(`  ${String(st.index + 1).padStart(2)} ${MARK[st.verdict]} ${st.line ?? '(wait)'}`);
      lines.push(`      ${fields}`);
      for (const f of st.fields)
        if (f.verdict !== 'match' || opts.verbose || f.field === 'backoff')
          lines.push(...fieldLines(f, table).slice(1));
    }
    lines.push('');
  }
  lines.push(formatSummary(report.summary));
  return lines.join('\n');
}

export function formatSummary(s: Summary): string {
  const out = [
    `scenarios: ${s.scenarios.total} (${s.scenarios.match} match, ${s.scenarios.version} differ only by version, ${s.scenarios.difference} with a real difference)`,
    `steps:     ${s.steps.total} (${s.steps.match} match, ${s.steps.version} differ only by version, ${s.steps.difference} with a real difference)`,
    `version differences (fields the version table explains): ${s.versionDifferences}` +
      (Object.keys(s.byEntry).length
        ? ` — ${Object.entries(s.byEntry)
            .map(([id, n]) => `${id} ${n}`)
            .join(', ')}`
        : ''),
    `real differences: ${s.differences.length}`,
  ];
  for (const d of s.differences) out.push(`  ${d.scenario} step ${d.step + 1} (${d.line ?? 'wait'}): ${d.field}`);
  return out.join('\n');
}
