/**
 * The images the simulated engine has locally (simulator-contract.md §2): each one's command,
 * entrypoint, STOPSIGNAL, EXPOSE and HEALTHCHECK as its Dockerfile sets them, and the facts that
 * `docker images`, `docker pull` and `docker ps -s` show (sizes, ID, digest, creation time).
 * Sizes are close to the real images' linux/amd64 variants; IDs and digests are made up but
 * well-formed and stable (derived from the name, so every run shows the same ones).
 */
import { fnv1a, nextHexId } from './random';

/** A HEALTHCHECK as the image (or `docker run --health-*`) sets it (api/types/container HealthConfig). */
export interface HealthConfig {
  /** `["CMD-SHELL", cmd]`, `["CMD", …argv]`, or `["NONE"]`. */
  test: string[];
  /** Nanoseconds, as the API carries them; 0 means the daemon's default. */
  interval?: number;
  timeout?: number;
  startPeriod?: number;
  startInterval?: number;
  retries?: number;
}

/** An image the simulated engine has locally. */
export interface ImageSpec {
  /** Repository name, e.g. `nginx`. */
  repository: string;
  cmd: string[];
  entrypoint: string[] | null;
  /** The image's STOPSIGNAL, when it sets one. */
  stopSignal?: string;
  /** Programs on the image's PATH besides the shell and busybox-like utilities. */
  programs: string[];
  /** FROM scratch: nothing but its own program. */
  scratch?: boolean;
  /** The image's EXPOSE lines, shown in `docker ps` PORTS while the container runs. */
  exposedPorts?: string[];
  /** The image's HEALTHCHECK. */
  healthcheck?: HealthConfig;
  /** Unpacked size in bytes: `docker images` DISK USAGE and the `virtual` of `docker ps -s`. */
  size: number;
  /** Compressed size of its layers in bytes: `docker images` CONTENT SIZE. */
  contentSize: number;
  /** When it was built, ms since the epoch. */
  created: number;
}

const S = 1_000_000_000;

export const IMAGES: Readonly<Record<string, ImageSpec>> = {
  busybox: {
    repository: 'busybox',
    cmd: ['sh'],
    entrypoint: null,
    programs: [],
    size: 1_983_000,
    contentSize: 935_000,
    created: Date.UTC(2025, 9, 8, 17, 0),
  },
  alpine: {
    repository: 'alpine',
    cmd: ['/bin/sh'],
    entrypoint: null,
    programs: [],
    size: 8_310_000,
    contentSize: 3_640_000,
    created: Date.UTC(2025, 9, 8, 11, 4),
  },
  ubuntu: {
    repository: 'ubuntu',
    cmd: ['/bin/bash'],
    entrypoint: null,
    programs: [],
    size: 78_100_000,
    contentSize: 29_700_000,
    created: Date.UTC(2025, 9, 1, 16, 30),
  },
  debian: {
    repository: 'debian',
    cmd: ['bash'],
    entrypoint: null,
    programs: [],
    size: 117_000_000,
    contentSize: 48_500_000,
    created: Date.UTC(2025, 8, 29, 0, 0),
  },
  nginx: {
    repository: 'nginx',
    cmd: ['nginx', '-g', 'daemon off;'],
    entrypoint: ['/docker-entrypoint.sh'],
    stopSignal: 'SIGQUIT',
    programs: ['nginx', 'curl'],
    exposedPorts: ['80/tcp'],
    size: 192_000_000,
    contentSize: 72_200_000,
    created: Date.UTC(2025, 9, 7, 19, 6),
  },
  redis: {
    repository: 'redis',
    cmd: ['redis-server'],
    entrypoint: ['docker-entrypoint.sh'],
    programs: ['redis-server', 'redis-cli'],
    exposedPorts: ['6379/tcp'],
    size: 137_000_000,
    contentSize: 49_300_000,
    created: Date.UTC(2025, 9, 3, 8, 15),
  },
  postgres: {
    repository: 'postgres',
    cmd: ['postgres'],
    entrypoint: ['docker-entrypoint.sh'],
    stopSignal: 'SIGINT',
    programs: ['postgres', 'pg_isready', 'psql'],
    exposedPorts: ['5432/tcp'],
    size: 438_000_000,
    contentSize: 158_000_000,
    created: Date.UTC(2025, 9, 2, 21, 40),
  },
  httpd: {
    repository: 'httpd',
    cmd: ['httpd-foreground'],
    entrypoint: null,
    stopSignal: 'SIGWINCH',
    programs: ['httpd-foreground'],
    exposedPorts: ['80/tcp'],
    size: 148_000_000,
    contentSize: 58_900_000,
    created: Date.UTC(2025, 8, 30, 2, 12),
  },
  'hello-world': {
    repository: 'hello-world',
    cmd: ['/hello'],
    entrypoint: null,
    programs: ['/hello'],
    scratch: true,
    size: 10_100,
    contentSize: 3_200,
    created: Date.UTC(2025, 7, 8, 19, 3),
  },
  /**
   * A small web image built for these lessons (`docker build -t webapp .` of `FROM nginx` plus
   * `HEALTHCHECK --interval=5s --timeout=3s --start-period=2s --retries=3 CMD curl -fs http://localhost/ || exit 1`).
   */
  webapp: {
    repository: 'webapp',
    cmd: ['nginx', '-g', 'daemon off;'],
    entrypoint: ['/docker-entrypoint.sh'],
    stopSignal: 'SIGQUIT',
    programs: ['nginx', 'curl'],
    exposedPorts: ['80/tcp'],
    healthcheck: {
      test: ['CMD-SHELL', 'curl -fs http://localhost/ || exit 1'],
      interval: 5 * S,
      timeout: 3 * S,
      startPeriod: 2 * S,
      retries: 3,
    },
    size: 192_000_000,
    contentSize: 72_200_000,
    created: Date.UTC(2025, 11, 20, 10, 0),
  },
};

/** Image names in catalog order, for completion and the page's image picker. */
export const IMAGE_NAMES: readonly string[] = Object.keys(IMAGES);

export interface ImageRef {
  /** As typed, kept in Config.Image and in event attributes. */
  reference: string;
  repository: string;
  tag: string;
  /** After `@`, when the reference pins a digest. */
  digest?: string;
}

/** Splits `nginx:1.27`, `library/nginx`, `docker.io/library/nginx:latest` into repository and tag. */
export function parseImageRef(reference: string): ImageRef {
  let rest = reference;
  let tag = 'latest';
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const repository = rest
    .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
    .replace(/^library\//, '');
  return { reference, repository, tag, ...(digest !== undefined ? { digest } : {}) };
}

export function findImage(reference: string): ImageSpec | undefined {
  return IMAGES[parseImageRef(reference).repository];
}

/** The image's ID: `sha256:` and 64 hex digits (its config digest). */
export function imageId(spec: ImageSpec): string {
  return `sha256:${nextHexId(fnv1a(`id:${spec.repository}`)).value}`;
}

/** The digest of the image's index in the registry (what `docker pull` prints). */
export function imageDigest(spec: ImageSpec): string {
  return `sha256:${nextHexId(fnv1a(`digest:${spec.repository}`)).value}`;
}

/** `library/busybox` for an official image, as the registry path of a pull. */
export function registryPath(repository: string): string {
  return repository.includes('/') ? repository : `library/${repository}`;
}
