/**
 * `docker images` and `docker pull`: the engine has every catalog image already (images.ts), so
 * images lists them and pull answers as an engine that is up to date; an image outside the catalog
 * fails the pull as `docker run` does (moby daemon/containerd/image_pull.go, docker/cli image/pull.go).
 */
import type { Filter, ImagesFlags, PullFlags } from '../cli/typedflags';
import type { Driver, Operation } from '../engine/driver';
import { statusOf } from '../engine/driver';
import { IMAGES, imageDigest, imageId, parseImageRef, registryPath, type ImageSpec } from '../images';
import { formatImageTable, formatImageTree, type ImageSummary } from '../format/images';
import { familiarName } from '../format/reference';
import { referenceError } from './create';
import type { Output } from './output';

/** Containers (in any state) made from each catalog image, by repository. */
function containersByRepository(driver: Driver): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of driver.entries()) {
    if (statusOf(entry) === 'removed') continue;
    const repo = parseImageRef(entry.ref.getSnapshot().context.config.image).repository;
    out.set(repo, (out.get(repo) ?? 0) + 1);
  }
  return out;
}

function summaryOf(spec: ImageSpec, containers: number): ImageSummary {
  return {
    id: imageId(spec),
    repository: spec.repository,
    tag: 'latest',
    digest: imageDigest(spec),
    created: spec.created,
    size: spec.size,
    contentSize: spec.contentSize,
    containers,
  };
}

/** Go's path.Match for the patterns a reference filter takes (`*`, `?`, `[…]`; `*` stops at `/`). */
function globMatch(pattern: string, text: string): boolean {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return false;
      source += `[${pattern
        .slice(i + 1, end)
        .replace(/^\^/, '^')
        .replace(/\\/g, '\\\\')}]`;
      i = end;
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${source}$`).test(text);
  } catch {
    return false;
  }
}

/** reference.FamiliarMatch: the pattern against `repo:tag`, then against the bare name. */
function referenceMatches(pattern: string, image: ImageSummary): boolean {
  return globMatch(pattern, `${image.repository}:${image.tag}`) || globMatch(pattern, familiarName(image.repository));
}

const IMAGE_FILTERS = ['before', 'dangling', 'label', 'label!', 'reference', 'since', 'until'];

/** The filters the daemon applies to the image list (daemon/containerd/image_list.go). */
function filterImages(
  images: ImageSummary[],
  filters: readonly Filter[],
): { ok: true; images: ImageSummary[] } | { ok: false; error: string } {
  let out = images;
  for (const f of filters) {
    if (!IMAGE_FILTERS.includes(f.key))
      return { ok: false, error: `Error response from daemon: invalid filter '${f.key}'` };
  }
  const refs = filters.filter((f) => f.key === 'reference').map((f) => f.value);
  if (refs.length > 0) out = out.filter((i) => refs.some((r) => referenceMatches(r, i)));
  for (const f of filters) {
    switch (f.key) {
      case 'dangling':
        // No catalog image is dangling.
        if (f.value === 'true' || f.value === '1') out = [];
        break;
      case 'label':
        // The catalog's images carry no labels.
        out = [];
        break;
      case 'before':
      case 'since': {
        const pivot = images.find((i) => `${i.repository}:${i.tag}` === f.value || i.repository === f.value);
        if (!pivot) return { ok: false, error: `Error response from daemon: No such image: ${f.value}` };
        out = out.filter((i) => (f.key === 'before' ? i.created < pivot.created : i.created > pivot.created));
        break;
      }
    }
  }
  return { ok: true, images: out };
}

/** image/list.go printAmbiguousHint: `docker images ls` lists nothing, and says what was meant. */
const IMAGE_SUBCOMMANDS = [
  'build',
  'history',
  'import',
  'inspect',
  'list',
  'load',
  'ls',
  'prune',
  'pull',
  'push',
  'rm',
  'save',
  'tag',
];

export function* images(
  driver: Driver,
  out: Output,
  match: string | undefined,
  flags: ImagesFlags,
  calledAs: 'images' | 'image ls',
): Operation {
  const useTree = !flags.quiet && !flags.noTrunc && !flags.digests && flags.format === undefined;
  for (const [given, name] of [
    [flags.quiet, '--quiet'],
    [flags.noTrunc, '--no-trunc'],
    [flags.digests, '--show-digest'],
    [flags.format !== undefined, '--format'],
  ] as const) {
    if (given && flags.tree) {
      out.err(`${name} is not yet supported with --tree`);
      return out.result(1);
    }
  }
  const counts = containersByRepository(driver);
  const all = Object.values(IMAGES).map((spec) => summaryOf(spec, counts.get(spec.repository) ?? 0));
  const filters = match !== undefined ? [...flags.filter, { key: 'reference', value: match }] : flags.filter;
  const listed = filterImages(all, filters);
  if (!listed.ok) {
    out.err(listed.error);
    return out.result(1);
  }
  if (useTree) {
    out.write(formatImageTree(listed.images));
  } else {
    // The daemon lists images newest first.
    const rows = [...listed.images].sort((a, b) => b.created - a.created);
    const r = formatImageTable(rows, driver.now, {
      quiet: flags.quiet,
      noTrunc: flags.noTrunc,
      digests: flags.digests,
      ...(flags.format !== undefined ? { format: flags.format } : {}),
    });
    out.write(r.stdout);
    out.writeErr(r.stderr);
    if (r.exitCode !== 0) return out.result(r.exitCode);
  }
  if (listed.images.length === 0 && match !== undefined && calledAs === 'images' && IMAGE_SUBCOMMANDS.includes(match)) {
    out.err(`No images found matching "${match}": did you mean "docker image ${match}"?`);
  }
  return out.result(0);
}

/** The fully qualified name the CLI prints last (reference.String of the normalized name). */
function qualified(repository: string, suffix: string): string {
  const name =
    repository.includes('.') && repository.includes('/') ? repository : `docker.io/${registryPath(repository)}`;
  return `${name}${suffix}`;
}

/**
 * docker/cli image/pull.go runPull over the daemon's pull of an image it already has
 * (image_pull.go: `Pulling from`, the digest, `Status: Image is up to date for …`).
 */
export function* pull(out: Output, remote: string, flags: PullFlags): Operation {
  const refError = referenceError(remote);
  if (refError) {
    out.err(refError);
    return out.result(1);
  }
  const ref = parseImageRef(remote);
  const nameOnly = !/:[^/]*$/.test(remote.replace(/@.*$/, '')) && ref.digest === undefined;
  if (flags.allTags && !nameOnly) {
    out.err("tag can't be used with --all-tags/-a");
    return out.result(1);
  }
  const say = (line: string) => {
    if (!flags.quiet) out.out(line);
  };
  if (!flags.allTags && nameOnly) say('Using default tag: latest');
  const spec = IMAGES[ref.repository];
  if (!spec) {
    out.err(
      `Error response from daemon: pull access denied for ${ref.repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
    );
    return out.result(1);
  }
  const familiar = ref.digest !== undefined ? `${ref.repository}@${ref.digest}` : `${ref.repository}:${ref.tag}`;
  const tagOrDigest = ref.digest ?? ref.tag;
  say(`${tagOrDigest}: Pulling from ${registryPath(ref.repository)}`);
  say(`Digest: ${imageDigest(spec)}`);
  say(`Status: Image is up to date for ${flags.allTags ? ref.repository : familiar}`);
  const suffix = flags.allTags ? '' : ref.digest !== undefined ? `@${ref.digest}` : `:${ref.tag}`;
  out.out(qualified(ref.repository, suffix));
  return out.result(0);
}
