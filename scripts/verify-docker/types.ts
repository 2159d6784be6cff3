/**
 * The shapes shared by the verifier's parts: the scenario catalogue (catalogue.json), the version
 * table (versions.json), and a recording of one run of the catalogue, on the real engine or on the
 * simulator. A recording is plain JSON; the fixtures in tests/real-docker/ are recordings.
 */

/** One step of a scenario: a docker command line, then a wait; or a wait alone. */
export interface ScenarioStep {
  /** A docker command line, written as a user types it (`docker run -d --name vdk-web nginx`). */
  run?: string;
  /** Milliseconds to wait after the command (or alone) before looking. Default: {@link DEFAULT_WAIT_MS}. */
  wait?: number;
  /**
   * A restart loop runs during this step (or ran until it), so how many start/die cycles fit into
   * the time depends on the engine's start time: runs of start/die are compared collapsed,
   * RestartCount is not compared, and the back-off check measures the gaps instead.
   */
  loop?: boolean;
}

export interface Scenario {
  id: string;
  title: string;
  /** What the scenario covers, in a few words each (create, pause, stop-ignores, refusal …). */
  covers: string[];
  steps: ScenarioStep[];
}

export interface Catalogue {
  /** The names every scenario may use; the verifier refuses to run if one of them exists. */
  names: string[];
  images: string[];
  scenarios: Scenario[];
}

/** Settle time after a command when the step gives none: events the CLI does not wait for arrive. */
export const DEFAULT_WAIT_MS = 300;

/** A container event as recorded: the `docker events --format '{{json .}}'` fields that matter. */
export interface RecordedEvent {
  Action: string;
  ID: string;
  Attributes: Record<string, string>;
  /** Milliseconds since the scenario started (engine clock, or the virtual clock). */
  t: number;
}

/** A container as seen after a step: `docker ps -a` and `docker inspect`. */
export interface RecordedContainer {
  ID: string;
  /** Without the leading slash. */
  Name: string;
  Status: string;
  ExitCode: number;
  RestartCount: number;
  /** The `docker ps -a` STATUS column. */
  psStatus: string;
}

export interface RecordedStep {
  /** The line as the catalogue has it (absent for a wait alone). */
  line?: string;
  /** The argv that ran, after the verifier added its label, `--network none` and `--pull never`. */
  argv?: string[];
  wait: number;
  exitCode?: number;
  stdout?: string;
  stderr?: string;
  /** Milliseconds the command took (real time, or virtual time in the simulator). */
  took?: number;
  /** Container events from this step's start to the next step's start. */
  events: RecordedEvent[];
  /**
   * Real engine only: when the daemon connected one of the scenario's containers to its network
   * (`network connect`, logged inside containerStart even for `--network none`), by container ID.
   * The time from there to the `start` event is what that start took.
   */
  connects?: { ID: string; t: number }[];
  containers: RecordedContainer[];
}

export interface RecordedScenario {
  id: string;
  steps: RecordedStep[];
}

export interface Versions {
  /** Engine (daemon) version, e.g. `20.10.24+dfsg1`; `29.7.2` stands for the simulator. */
  engine: string;
  cli: string;
  api?: string;
  containerd?: string;
  runc?: string;
}

export interface Recording {
  /** `docker` for the real engine, `simulator` for the model. */
  source: 'docker' | 'simulator';
  versions: Versions;
  /** Where the CLI was (`/usr/local/bin/docker`). */
  cliPath?: string;
  recordedAt?: string;
  /** The label key every container carried; its value is this run's id. */
  label: string;
  scenarios: RecordedScenario[];
}

/** One line of the version table: a documented difference between engine or CLI versions. */
export type VersionEntry = {
  id: string;
  /** What differs, in a sentence. */
  what: string;
  /** The commit, pull request or release note that made the change. */
  citation: string;
  /** Which part's version decides: the daemon, the CLI, or the runtime below the daemon. */
  component: 'engine' | 'cli' | 'runc';
  /** The entry applies when that version is lower than this (`25.0.0`); absent: every version. */
  before?: string;
} & (
  | {
      /** The simulator (v29) text, rewritten into what the older version prints. */
      kind: 'text';
      field: 'stdout' | 'stderr' | 'ps';
      /** A regular expression on the normalised v29 text. */
      pattern: string;
      /** Its replacement (`$1` …) in the older version's words; `<*>` stands for any text within a line. */
      replacement: string;
      /** Only for command lines that match this regular expression. */
      when?: string;
    }
  | {
      /** An event attribute the older version does not set. */
      kind: 'event-attribute';
      action: string;
      attribute: string;
    }
  | {
      /** Two events whose order the engine does not guarantee when they are adjacent. */
      kind: 'event-order';
      pair: [string, string];
    }
  | {
      /** An event that may or may not appear (compared as absent on both sides). */
      kind: 'event-optional';
      action: string;
    }
  | {
      /**
       * A command the older version does not have or ignores: every field of the steps that run
       * it (and, with scope `scenario`, of the rest of its scenario) is explained.
       */
      kind: 'command';
      pattern: string;
      scope: 'step' | 'scenario';
    }
);

export interface VersionTable {
  /** The version the simulator follows (v29): an entry never applies to it. */
  simulates: { engine: string; cli: string; runc: string };
  entries: VersionEntry[];
}
