/**
 * docker/cli cli/command/formatter/container.go: the ContainerContext that `docker ps` templates
 * run against (`{{.ID}}`, `{{.Status}}`, `{{json .}}` …), over the daemon's container.Summary.
 */
import { ellipsis, truncateId } from './display';
import { humanDuration } from '../go/units';
import { jsonQuote } from '../go/json';
import { goQuote } from '../go/strconv';
import { encodeJson } from '../go/template/encode';
import {
  IFACE,
  STRING,
  STRING_SLICE,
  compareBytes,
  type GoMethod,
  type GoType,
  type GoValue,
} from '../go/template/types';
import { familiarImage } from './reference';
import { humanSizeWithPrecision } from '../go/units';
import { formatGoTimeString } from '../go/time';

/** ocispec.Platform as the daemon reports it in ImageManifestDescriptor. */
export interface PlatformSpec {
  architecture: string;
  os: string;
  'os.version'?: string;
  'os.features'?: string[];
  variant?: string;
}

export interface MountSummary {
  Name: string;
  Source: string;
  Driver: string;
}

/** The fields of container.Summary that the formatter reads. */
export interface PsSummary {
  ID: string;
  /** With the leading slash, as the API returns them. */
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  /** Unix seconds (the API's `Created`). */
  Created: number;
  Labels: Record<string, string> | null;
  State: string;
  Status: string;
  SizeRw: number;
  SizeRootFs: number;
  /** Already formatted as DisplayablePorts would, e.g. "80/tcp". */
  Ports: string;
  Mounts: MountSummary[];
  /** Network names; null when NetworkSettings is nil. */
  Networks: string[] | null;
  Platform: PlatformSpec | null;
  /** Health.Status from the API ("none" without a healthcheck, API >= 1.52). */
  Health: string;
}

interface Ctx {
  readonly c: PsSummary;
  readonly trunc: boolean;
  readonly now: number;
  readonly Header: unknown;
  readonly FieldsUsed: Record<string, unknown> | null;
}

const PLATFORM_STRUCT: GoType = {
  kind: 'struct',
  name: 'formatter.Platform',
  fields: [
    { name: 'Architecture', json: 'architecture', type: STRING },
    { name: 'OS', json: 'os', type: STRING },
    { name: 'OSVersion', json: 'os.version', omitempty: true, type: STRING },
    {
      name: 'OSFeatures',
      json: 'os.features',
      omitempty: true,
      type: STRING_SLICE,
    },
    { name: 'Variant', json: 'variant', omitempty: true, type: STRING },
  ],
  // platforms.FormatAll (OS version/features are not modelled)
  stringer: (v) => {
    const p = v as PlatformSpec;
    if (!p.os) return 'unknown';
    return [p.os, p.architecture, p.variant ?? ''].filter((x) => x !== '').join('/');
  },
};
const PLATFORM_PTR: GoType = { kind: 'ptr', elem: PLATFORM_STRUCT };

function method(call: (x: Ctx) => string): GoMethod {
  return { params: [], result: STRING, call: (recv) => call(recv as Ctx) };
}

/** ContainerContext.Names: without the slash; with trunc only the first non-link name. */
function names(x: Ctx): string {
  const out: string[] = [];
  for (const n of x.c.Names) {
    const name = n.startsWith('/') ? n.slice(1) : n;
    if (x.trunc) {
      if (!name.includes('/')) return name;
      continue;
    }
    out.push(name);
  }
  return out.join(',');
}

function image(x: Ctx): string {
  const { Image, ImageID } = x.c;
  if (Image === '') return '<no image>';
  if (!x.trunc) return Image;
  const trunc = truncateId(ImageID);
  if (trunc === truncateId(Image)) return trunc;
  return familiarImage(Image);
}

function size(x: Ctx): string {
  if (x.FieldsUsed !== null) x.FieldsUsed['Size'] = {};
  const srw = humanSizeWithPrecision(x.c.SizeRw, 3);
  if (x.c.SizeRootFs > 0) return `${srw} (virtual ${humanSizeWithPrecision(x.c.SizeRootFs, 3)})`;
  return srw;
}

function labels(x: Ctx): string {
  if (x.c.Labels === null) return '';
  return Object.entries(x.c.Labels)
    .map(([k, v]) => `${k}=${v}`)
    .sort(compareBytes)
    .join(',');
}

function healthStatus(x: Ctx): string {
  if (x.c.Health !== '') return x.c.Health;
  // Fallback for API versions before v1.52, which include health only in the Status text.
  const open = x.c.Status.indexOf('(');
  if (open < 0 || !x.c.Status.endsWith(')')) return '';
  let h = x.c.Status.slice(open + 1, -1);
  if (h.startsWith('health: ')) h = h.slice('health: '.length);
  return h === 'healthy' || h === 'unhealthy' || h === 'starting' ? h : '';
}

/** Every exported method; the zero-argument, one-result ones make up `{{json .}}`. */
const METHODS: Readonly<Record<string, GoMethod>> = {
  ID: method((x) => (x.trunc ? truncateId(x.c.ID) : x.c.ID)),
  Names: method(names),
  Image: method(image),
  // Command: ellipsised to 20 display columns when truncating, then strconv.Quote.
  Command: method((x) => goQuote(x.trunc ? ellipsis(x.c.Command, 20) : x.c.Command)),
  // CreatedAt: time.Unix(created, 0).String(), in the client's zone (UTC here).
  CreatedAt: method((x) => formatGoTimeString(x.c.Created * 1000)),
  // RunningFor: computed by the client from the whole seconds of Created.
  RunningFor: method((x) => humanDuration(x.now - x.c.Created * 1000) + ' ago'),
  Platform: {
    params: [],
    result: PLATFORM_PTR,
    call: (recv) => (recv as Ctx).c.Platform,
  },
  Ports: method((x) => x.c.Ports),
  State: method((x) => x.c.State),
  Status: method((x) => x.c.Status),
  Size: method(size),
  Labels: method(labels),
  Label: {
    params: [STRING],
    result: STRING,
    call: (recv, args) => (recv as Ctx).c.Labels?.[String(args[0]?.v ?? '')] ?? '',
  },
  Mounts: method((x) =>
    x.c.Mounts.map((m) => (x.trunc ? ellipsis(m.Name || m.Source, 15) : m.Name || m.Source)).join(','),
  ),
  LocalVolumes: method((x) => String(x.c.Mounts.filter((m) => m.Driver === 'local').length)),
  Networks: method((x) => (x.c.Networks === null ? '' : x.c.Networks.join(','))),
  HealthStatus: method(healthStatus),
};

/**
 * formatter.MarshalJSON: a map of every exported method without arguments, encoded with
 * json.Marshal, so keys are sorted and <, >, & are escaped (\u003c …).
 */
function marshalJSON(v: unknown): string {
  const parts: string[] = [];
  for (const name of Object.keys(METHODS).sort(compareBytes)) {
    const m = METHODS[name] as GoMethod;
    if (m.params.length > 0) continue;
    parts.push(`${jsonQuote(name, true)}:${encodeJson({ t: m.result, v: m.call(v, []) }, true)}`);
  }
  return '{' + parts.join(',') + '}';
}

export const CONTAINER_CONTEXT: GoType = {
  kind: 'ptr',
  elem: {
    kind: 'struct',
    name: 'formatter.ContainerContext',
    fields: [
      { name: 'Header', type: IFACE },
      { name: 'FieldsUsed', type: { kind: 'map', elem: IFACE } },
    ],
    methods: METHODS,
    marshalJSON,
  },
};

/** The column titles of NewContainerContext (a SubHeaderContext map). */
export const PS_HEADERS: Readonly<Record<string, string>> = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Platform: 'PLATFORM',
  HealthStatus: 'HEALTH STATUS',
};

/** formatter.SubHeaderContext: a map[string]string whose Label method names a label column. */
export const SUB_HEADER_CONTEXT: GoType = {
  kind: 'map',
  name: 'formatter.SubHeaderContext',
  elem: STRING,
  methods: {
    // The last dot-separated part of the label name, with '-' and '_' as spaces.
    Label: {
      params: [STRING],
      result: STRING,
      call: (_recv, args) => {
        const parts = String(args[0]?.v ?? '').split('.');
        return (parts[parts.length - 1] ?? '').replace(/[-_]/g, ' ');
      },
    },
  },
};

/** A row context (`&ContainerContext{trunc: ctx.Trunc, c: ctr}`). */
export function containerContext(c: PsSummary, trunc: boolean, now: number): GoValue {
  const ctx: Ctx = { c, trunc, now, Header: null, FieldsUsed: null };
  return { t: CONTAINER_CONTEXT, v: ctx };
}

/** The zero container.Summary, as NewContainerContext() holds it for template validation. */
export const EMPTY_SUMMARY: PsSummary = {
  ID: '',
  Names: [],
  Image: '',
  ImageID: '',
  Command: '',
  Created: 0,
  Labels: null,
  State: '',
  Status: '',
  SizeRw: 0,
  SizeRootFs: 0,
  Ports: '',
  Mounts: [],
  Networks: null,
  Platform: null,
  Health: '',
};

/**
 * NewContainerContext(): an empty summary and the header map, used to pre-validate --format.
 * `fieldsUsed` records `Size` when the template calls .Size (list.go then requests sizes).
 */
export function validationContext(now: number): {
  value: GoValue;
  fieldsUsed: Record<string, unknown>;
} {
  const fieldsUsed: Record<string, unknown> = {};
  const ctx: Ctx = {
    c: EMPTY_SUMMARY,
    trunc: false,
    now,
    Header: { ...PS_HEADERS },
    FieldsUsed: fieldsUsed,
  };
  return { value: { t: CONTAINER_CONTEXT, v: ctx }, fieldsUsed };
}

/** The value for rendering the header row. */
export function headerContext(): GoValue {
  return { t: SUB_HEADER_CONTEXT, v: { ...PS_HEADERS } };
}

/** The ContainerContext field values for one summary, as `{{json .}}` would list them. */
export function psFields(c: PsSummary, trunc: boolean, now: number): Record<string, unknown> {
  const ctx: Ctx = { c, trunc, now, Header: null, FieldsUsed: null };
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(METHODS).sort(compareBytes)) {
    const m = METHODS[name] as GoMethod;
    if (m.params.length === 0) out[name] = m.call(ctx, []);
  }
  return out;
}
