/**
 * `docker ps` (docker/cli cli/command/container/list.go + formatter/container.go), over the
 * daemon's list (moby daemon/list.go, daemon/container/view.go).
 */
import type { ContainerInspect, ExecResult } from '../types';
import { statusText } from './status';
import { encodeJson } from '../go/template/encode';
import {
  containerContext,
  headerContext,
  psFields,
  validationContext,
  type MountSummary,
  type PlatformSpec,
  type PsSummary,
} from './ps-context';
import { TabWriter } from '../go/tabwriter';
import { executeTemplate, isTableFormat, parseTemplate, templateString } from './template';
import { parseRfc3339 } from '../go/time';

/** Facts a ContainerInspect does not carry; every one has a default. */
export interface PsDetails {
  /** The PORTS text (DisplayablePorts), e.g. "80/tcp" for a running nginx. Default "". */
  ports?: string;
  /** Container labels (Config.Labels). Default: `Config.Labels` if present, else none. */
  labels?: Record<string, string> | null;
  /** Sizes reported when sizes are requested (`-s`, or `.Size` in --format). Default 0. */
  sizeRw?: number;
  sizeRootFs?: number;
  /** ImageManifestDescriptor.Platform. Default linux/amd64 (containerd image store). */
  platform?: PlatformSpec | null;
  /** Default ["bridge"]. */
  networks?: string[] | null;
  mounts?: MountSummary[];
  /** Health.Status; "none" without a healthcheck (the default). */
  health?: string;
  /** The image ID (sha256:…); only compared with Image when truncating. Default "". */
  imageId?: string;
}

export interface PsOptions {
  all: boolean;
  quiet: boolean;
  noTrunc: boolean;
  format?: string;
  /** -n/--last; -1 (the default) means unset. */
  last?: number;
  /** -l/--latest */
  latest?: boolean;
  /** -s/--size */
  size?: boolean;
  /** True when --size was given explicitly (even as --size=false). */
  sizeChanged?: boolean;
  details?: (c: ContainerInspect) => PsDetails;
}

export const DEFAULT_PLATFORM: PlatformSpec = {
  architecture: 'amd64',
  os: 'linux',
};

const DEFAULT_TABLE_FORMAT =
  'table {{.ID}}\\t{{.Image}}\\t{{.Command}}\\t{{.RunningFor}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}';
const RAW_FORMAT = `container_id: {{.ID}}
image: {{.Image}}
command: {{.Command}}
created_at: {{.CreatedAt}}
state: {{- pad .State 1 0}}
status: {{- pad .Status 1 0}}
names: {{.Names}}
labels: {{- pad .Labels 1 0}}
ports: {{- pad .Ports 1 0}}
`;

/**
 * The COMMAND the daemon lists (moby daemon/container/view.go): Path, then the Args joined by
 * spaces, each arg that contains a space wrapped in single quotes. No quoting of quotes.
 */
export function psCommand(path: string, args: readonly string[]): string {
  if (args.length === 0) return path;
  return `${path} ${args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/** The container.Summary the daemon would return for a container. */
export function psSummary(c: ContainerInspect, now: number, withSize: boolean, d: PsDetails = {}): PsSummary {
  const configLabels = (c.Config as { Labels?: Record<string, string> | null }).Labels;
  return {
    ID: c.Id,
    Names: [c.Name],
    Image: c.Config.Image,
    ImageID: d.imageId ?? '',
    Command: psCommand(c.Path, c.Args),
    Created: Math.floor((parseRfc3339(c.Created) ?? 0) / 1000),
    Labels: d.labels !== undefined ? d.labels : (configLabels ?? null),
    State: c.State.Status,
    Status: statusText(c.State, now),
    SizeRw: withSize ? (d.sizeRw ?? 0) : 0,
    SizeRootFs: withSize ? (d.sizeRootFs ?? 0) : 0,
    Ports: d.ports ?? '',
    Mounts: d.mounts ?? [],
    Networks: d.networks !== undefined ? d.networks : ['bridge'],
    Platform: d.platform !== undefined ? d.platform : DEFAULT_PLATFORM,
    Health: d.health ?? 'none',
  };
}

/** One `docker ps --format '{{json .}}'` row (without the newline). */
export function psJsonRow(
  c: ContainerInspect,
  now: number,
  opts: { noTrunc?: boolean; details?: PsDetails } = {},
): string {
  return encodeJson(containerContext(psSummary(c, now, false, opts.details), !opts.noTrunc, now), false);
}

/** The ContainerContext values of one row ({ID, Image, Command, …}), e.g. for a ps view. */
export function psRow(
  c: ContainerInspect,
  now: number,
  opts: { noTrunc?: boolean; details?: PsDetails } = {},
): Record<string, unknown> {
  return psFields(psSummary(c, now, false, opts.details), !opts.noTrunc, now);
}

/** formatter.NewContainerFormat: the template for a --format value, --quiet and --size. */
export function newContainerFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === 'table' || source === '') {
    if (quiet) return '{{.ID}}';
    return size ? DEFAULT_TABLE_FORMAT + '\\t{{.Size}}' : DEFAULT_TABLE_FORMAT;
  }
  if (source === 'raw') {
    if (quiet) return 'container_id: {{.ID}}';
    return size ? RAW_FORMAT + 'size: {{.Size}}\\n' : RAW_FORMAT;
  }
  return quiet ? '{{.ID}}' : source;
}

/**
 * `docker ps`. `containers` is the daemon's list, newest first. Without -a only Running containers
 * (running, paused, restarting) are listed; -n N (N > 0) and -l include all states.
 */
export function formatPs(containers: readonly ContainerInspect[], now: number, opts: PsOptions): ExecResult {
  let stderr = '';
  const source = opts.format ?? '';
  if (source.length > 0 && opts.quiet) {
    stderr += 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n';
  }
  let size = opts.size ?? false;
  // list.go buildContainerListOptions: a --format is always parsed and run on an empty context.
  if (source.length > 0) {
    const parsed = parseTemplate(source);
    if (!parsed.ok)
      return {
        stdout: '',
        stderr: `${stderr}failed to parse template: ${parsed.error}\n`,
        exitCode: 1,
      };
    const probe = validationContext(now);
    const run = executeTemplate(parsed.template, probe.value);
    if (run.error !== undefined) {
      return {
        stdout: '',
        stderr: `${stderr}failed to execute template: ${run.error}\n`,
        exitCode: 1,
      };
    }
    if (!opts.quiet && !size && opts.sizeChanged !== true && 'Size' in probe.fieldsUsed) size = true;
  }

  const last = opts.last ?? -1;
  const limit = opts.latest && last === -1 ? 1 : last;
  const listed: ContainerInspect[] = [];
  for (const c of containers) {
    if (!c.State.Running && !opts.all && limit <= 0) continue; // daemon/list.go includeContainerInList
    if (limit > 0 && listed.length === limit) break;
    listed.push(c);
  }

  const format = newContainerFormat(source, opts.quiet, size);
  const summaries = listed.map((c) => psSummary(c, now, size, opts.details?.(c)));
  const written = writeContainers(summaries, now, format, !opts.noTrunc);
  if ('error' in written) return { stdout: '', stderr: `${stderr}${written.error}\n`, exitCode: 1 };
  return { stdout: written.stdout, stderr, exitCode: 0 };
}

/**
 * formatter.ContainerWrite → Context.Write: parse the processed format, render every row (nothing
 * is printed if one fails), then either print the rows or, for a table, the header row (rendered
 * with HeaderFunctions; its errors are ignored) and the rows through the tabwriter.
 */
export function writeContainers(
  summaries: readonly PsSummary[],
  now: number,
  format: string,
  trunc: boolean,
): { stdout: string } | { error: string } {
  const parsed = parseTemplate(templateString(format));
  if (!parsed.ok) return { error: `template parsing error: ${parsed.error}` };
  let buffer = '';
  for (const summary of summaries) {
    const row = executeTemplate(parsed.template, containerContext(summary, trunc, now));
    if (row.error !== undefined) return { error: `template parsing error: ${row.error}` };
    buffer += row.out + '\n';
  }
  if (!isTableFormat(format)) return { stdout: buffer };
  const tw = new TabWriter(10, 1, 3, ' ', 0);
  tw.write(executeTemplate(parsed.template, headerContext(), { header: true }).out);
  tw.write('\n');
  tw.write(buffer);
  return { stdout: tw.flush() };
}
