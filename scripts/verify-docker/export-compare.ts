/** The export check's comparison, pure, so the vitest replay test runs the same code. */
import { namesIn } from '../../machines/export/script';
import { applicableEntries, compareScenario } from './compare';
import { EXPORT_LINE, RUN_SETTLE_MS, type TimedRun } from './simulate';
import type { RecordedScenario, Scenario, VersionTable, Versions } from './types';

/** The fixture the export check records (tests/real-docker/export-check.json). */
export interface ExportCheckRecording {
  source: 'docker';
  versions: Versions;
  cliPath: string;
  recordedAt: string;
  label: string;
  title: string;
  /** The run as played on the simulator, with each command's virtual duration. */
  run: TimedRun['run'];
  /** The exported script, exactly as it ran. */
  script: string;
  /** `sh run.sh` on the engine as one step: its exit code and output, the events, the final containers. */
  scenario: RecordedScenario;
}

/** The one-step scenario both sides of the export check are compared as. */
export function exportScenario(title: string): Scenario {
  return { id: 'export-check', title, covers: ['export'], steps: [{ run: EXPORT_LINE, wait: RUN_SETTLE_MS }] };
}

/** Compares the engine's side of an export check with the simulator's; used by the replay test too. */
export function compareExport(recording: ExportCheckRecording, sim: RecordedScenario, table: VersionTable) {
  return compareScenario(
    exportScenario(recording.title),
    sim,
    recording.scenario,
    applicableEntries(table, recording.versions),
    new Set(namesIn(recording.run)),
    { labelKey: recording.label },
  );
}
