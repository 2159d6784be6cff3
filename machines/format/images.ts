/**
 * `docker images` / `docker image ls` output (docker/cli v29 cli/command/image/list.go).
 *
 * Without --format, -q, --no-trunc or --digests, v29 prints the image tree (image/tree.go
 * printImageTree), here as it is printed when stdout is not a terminal: no legend, no colours,
 * the IMAGE column as wide as the longest name, then ID (12), DISK USAGE (10, right-aligned),
 * CONTENT SIZE (12, right-aligned) and EXTRA (the `U` chip of an image in use), three spaces
 * apart. Otherwise the classic table of formatter/image.go, through a Go template.
 */
import type { ExecResult } from '../types';
import { TabWriter } from '../go/tabwriter';
import { humanDuration, humanSizeWithPrecision } from '../go/units';
import { jsonQuote } from '../go/json';
import { encodeJson } from '../go/template/encode';
import { STRING, compareBytes, type GoMethod, type GoType, type GoValue } from '../go/template/types';
import { formatGoTimeString } from '../go/time';
import { truncateId } from './display';
import { SUB_HEADER_CONTEXT } from './ps-context';
import { executeTemplate, isTableFormat, parseTemplate, templateString } from './template';

/** The image.Summary fields the formatters read. */
export interface ImageSummary {
  /** `sha256:` and 64 hex digits. */
  id: string;
  repository: string;
  tag: string;
  /** `sha256:…` of the index, or '' */
  digest: string;
  /** Unix ms. */
  created: number;
  /** Disk usage in bytes. */
  size: number;
  contentSize: number;
  /** Containers (in any state) made from it. */
  containers: number;
}

export interface ImagesOptions {
  quiet: boolean;
  noTrunc: boolean;
  digests: boolean;
  format?: string;
}

const COLUMN_SPACING = '   ';

/** image/tree.go printImageTree without a terminal (width 0: no legend, no colours). */
export function formatImageTree(images: readonly ImageSummary[]): string {
  const rows = [...images].sort((a, b) => compareBytes(`${a.repository}:${a.tag}`, `${b.repository}:${b.tag}`));
  const inUse = rows.some((i) => i.containers > 0);
  const nameWidth = Math.max('Image'.length, ...rows.map((i) => `${i.repository}:${i.tag}`.length));
  const extraWidth = Math.max('Extra'.length, inUse ? 1 : 0);
  const left = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - s.length));
  const right = (s: string, w: number) => ' '.repeat(Math.max(0, w - s.length)) + s;
  const line = (name: string, id: string, disk: string, content: string, extra: string) =>
    left(name, nameWidth) +
    COLUMN_SPACING +
    left(id, 12) +
    COLUMN_SPACING +
    right(disk, 10) +
    COLUMN_SPACING +
    right(content, 12) +
    COLUMN_SPACING +
    left(extra, extraWidth) +
    '\n';
  let out = line('IMAGE', 'ID', 'DISK USAGE', 'CONTENT SIZE', 'EXTRA');
  for (const i of rows) {
    out += line(
      `${i.repository}:${i.tag}`,
      truncateId(i.id),
      humanSizeWithPrecision(i.size, 3),
      humanSizeWithPrecision(i.contentSize, 3),
      inUse ? (i.containers > 0 ? 'U' : ' ') : '',
    );
  }
  return out;
}

interface Ctx {
  readonly i: ImageSummary;
  readonly trunc: boolean;
  readonly now: number;
}

function method(call: (x: Ctx) => string): GoMethod {
  return { params: [], result: STRING, call: (recv) => call(recv as Ctx) };
}

/** formatter/image.go imageContext's methods. */
const METHODS: Readonly<Record<string, GoMethod>> = {
  ID: method((x) => (x.trunc ? truncateId(x.i.id) : x.i.id)),
  Repository: method((x) => x.i.repository),
  Tag: method((x) => x.i.tag),
  Digest: method((x) => x.i.digest || '<none>'),
  CreatedSince: method((x) => humanDuration(x.now - Math.floor(x.i.created / 1000) * 1000) + ' ago'),
  CreatedAt: method((x) => formatGoTimeString(Math.floor(x.i.created / 1000) * 1000)),
  Size: method((x) => humanSizeWithPrecision(x.i.size, 3)),
  Containers: method((x) => String(x.i.containers)),
  // The CLI does not ask for shared sizes: the daemon reports -1 (N/A).
  SharedSize: method(() => 'N/A'),
  UniqueSize: method(() => 'N/A'),
};

export const IMAGE_HEADERS: Readonly<Record<string, string>> = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

const IMAGE_CONTEXT: GoType = {
  kind: 'ptr',
  elem: {
    kind: 'struct',
    name: 'formatter.imageContext',
    fields: [],
    methods: METHODS,
    marshalJSON: (v) => {
      const parts: string[] = [];
      for (const name of Object.keys(METHODS).sort(compareBytes)) {
        const m = METHODS[name] as GoMethod;
        parts.push(`${jsonQuote(name, true)}:${encodeJson({ t: m.result, v: m.call(v, []) }, true)}`);
      }
      return '{' + parts.join(',') + '}';
    },
  },
};

const DEFAULT_TABLE =
  'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const DEFAULT_TABLE_DIGEST =
  'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';

/** formatter.NewImageFormat. */
function imageFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === 'table' || source === '') return quiet ? '{{.ID}}' : digest ? DEFAULT_TABLE_DIGEST : DEFAULT_TABLE;
  const format = quiet ? '{{.ID}}' : source;
  // A table format of the user's own gets the digest column appended when --digests asks for it.
  return digest && isTableFormat(format) && !format.includes('{{.Digest}}') ? `${format}\t{{.Digest}}` : format;
}

/** `docker images` with -q, --no-trunc, --digests or --format: formatter.ImageWrite. */
export function formatImageTable(images: readonly ImageSummary[], now: number, opts: ImagesOptions): ExecResult {
  const format = imageFormat(opts.format ?? '', opts.quiet, opts.digests);
  const parsed = parseTemplate(templateString(format));
  if (!parsed.ok) return { stdout: '', stderr: `template parsing error: ${parsed.error}\n`, exitCode: 1 };
  let buffer = '';
  for (const i of images) {
    const value: GoValue = { t: IMAGE_CONTEXT, v: { i, trunc: !opts.noTrunc, now } satisfies Ctx };
    const row = executeTemplate(parsed.template, value);
    if (row.error !== undefined) return { stdout: '', stderr: `template parsing error: ${row.error}\n`, exitCode: 1 };
    buffer += row.out + '\n';
  }
  if (!isTableFormat(format)) return { stdout: buffer, stderr: '', exitCode: 0 };
  const tw = new TabWriter(10, 1, 3, ' ', 0);
  tw.write(executeTemplate(parsed.template, { t: SUB_HEADER_CONTEXT, v: { ...IMAGE_HEADERS } }, { header: true }).out);
  tw.write('\n');
  tw.write(buffer);
  return { stdout: tw.flush(), stderr: '', exitCode: 0 };
}
