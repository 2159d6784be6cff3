import { describe, expect, it } from 'vitest';
import { formatPs, newContainerFormat, psCommand, psJsonRow, writeContainers } from '../../../machines/format/ps';
import { EMPTY_SUMMARY, type PsSummary } from '../../../machines/format/ps-context';
import { ALL, DB_ID, JOB_ID, NOW, WEB_ID, container, db, job, state, web } from './fixtures';

const base = { all: false, quiet: false, noTrunc: false };

describe('docker ps default table', () => {
  it('docker ps -a prints all three containers aligned by the tabwriter', () => {
    expect(formatPs(ALL, NOW, { ...base, all: true })).toEqual({
      stdout:
        'CONTAINER ID   IMAGE        COMMAND                  CREATED              STATUS                       PORTS     NAMES\n' +
        'c3a1f0e2d4b5   postgres     "docker-entrypoint.s…"   5 seconds ago        Created                                db\n' +
        'b2c4e6f8a0b1   nginx:1.27   "/docker-entrypoint.…"   About a minute ago   Up About a minute (Paused)             web\n' +
        'a1b2c3d4e5f6   busybox      "sleep 1000"             3 days ago           Exited (137) 2 seconds ago             job\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('docker ps without -a lists only running, paused and restarting containers', () => {
    expect(formatPs(ALL, NOW, base).stdout).toBe(
      'CONTAINER ID   IMAGE        COMMAND                  CREATED              STATUS                       PORTS     NAMES\n' +
        'b2c4e6f8a0b1   nginx:1.27   "/docker-entrypoint.…"   About a minute ago   Up About a minute (Paused)             web\n',
    );
  });

  it('an empty list still prints the header', () => {
    expect(formatPs([], NOW, base).stdout).toBe(
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    );
  });

  it('--no-trunc shows full IDs and commands', () => {
    expect(formatPs([job], NOW, { ...base, all: true, noTrunc: true }).stdout).toBe(
      'CONTAINER ID                                                       IMAGE     COMMAND        CREATED      STATUS                       PORTS     NAMES\n' +
        `${JOB_ID}   busybox   "sleep 1000"   3 days ago   Exited (137) 2 seconds ago             job\n`,
    );
  });

  it('--size adds a SIZE column, 0B when the daemon reports nothing', () => {
    expect(formatPs([web], NOW, { ...base, size: true }).stdout).toBe(
      'CONTAINER ID   IMAGE        COMMAND                  CREATED              STATUS                       PORTS     NAMES     SIZE\n' +
        'b2c4e6f8a0b1   nginx:1.27   "/docker-entrypoint.…"   About a minute ago   Up About a minute (Paused)             web       0B\n',
    );
  });

  it('sizes given by the engine read "rw (virtual total)"', () => {
    const r = formatPs([web], NOW, {
      ...base,
      size: true,
      format: '{{.Size}}',
      details: () => ({ sizeRw: 1093, sizeRootFs: 192_000_000 }),
    });
    expect(r.stdout).toBe('1.09kB (virtual 192MB)\n');
  });
});

describe('docker ps -q, -n and -l', () => {
  it('-q prints the truncated IDs, one per line', () => {
    expect(formatPs(ALL, NOW, { ...base, all: true, quiet: true }).stdout).toBe(
      'c3a1f0e2d4b5\nb2c4e6f8a0b1\na1b2c3d4e5f6\n',
    );
  });

  it('-q --no-trunc prints full IDs', () => {
    expect(formatPs([web], NOW, { ...base, quiet: true, noTrunc: true }).stdout).toBe(`${WEB_ID}\n`);
  });

  it('-n 2 lists the two newest containers in any state', () => {
    expect(formatPs(ALL, NOW, { ...base, quiet: true, last: 2 }).stdout).toBe('c3a1f0e2d4b5\nb2c4e6f8a0b1\n');
  });

  it('-l lists only the newest container, whatever its state', () => {
    expect(formatPs(ALL, NOW, { ...base, quiet: true, latest: true }).stdout).toBe('c3a1f0e2d4b5\n');
  });

  it('-n 0 is the same as no -n', () => {
    expect(formatPs(ALL, NOW, { ...base, quiet: true, last: 0 }).stdout).toBe('b2c4e6f8a0b1\n');
  });

  it('--format with -q warns and prints IDs', () => {
    expect(formatPs([web], NOW, { ...base, quiet: true, format: '{{.Names}}' })).toEqual({
      stdout: 'b2c4e6f8a0b1\n',
      stderr: 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n',
      exitCode: 0,
    });
  });
});

describe('docker ps --format', () => {
  it('renders each field of the container context', () => {
    const f =
      '{{.ID}}|{{.Image}}|{{.Command}}|{{.CreatedAt}}|{{.RunningFor}}|{{.Ports}}|{{.State}}|{{.Status}}|{{.Size}}|{{.Names}}|{{.Labels}}|{{.Mounts}}|{{.Networks}}|{{.LocalVolumes}}|{{.Platform}}|{{.HealthStatus}}';
    expect(formatPs([db], NOW, { ...base, all: true, format: f }).stdout).toBe(
      'c3a1f0e2d4b5|postgres|"docker-entrypoint.s…"|2026-01-01 00:59:55 +0000 UTC|5 seconds ago||created|Created|0B|db|||bridge|0|linux/amd64|none\n',
    );
  });

  it('a table format prints header names as docker does', () => {
    expect(
      formatPs(ALL, NOW, {
        ...base,
        all: true,
        format: 'table {{.Names}}\\t{{.State}}\\t{{.CreatedAt}}\\t{{.LocalVolumes}}',
      }).stdout,
    ).toBe(
      'NAMES     STATE     CREATED AT                      LOCAL VOLUMES\n' +
        'db        created   2026-01-01 00:59:55 +0000 UTC   0\n' +
        'web       paused    2026-01-01 00:58:50 +0000 UTC   0\n' +
        'job       exited    2025-12-29 01:00:00 +0000 UTC   0\n',
    );
  });

  it('labels are listed sorted and one can be picked with .Label', () => {
    const labelled = container({
      Id: DB_ID,
      Name: '/l',
      Image: 'x',
      State: state({
        Status: 'running',
        Running: true,
        StartedAt: '2026-01-01T00:00:00Z',
      }),
    });
    const details = () => ({
      labels: { 'com.example.tier': 'web', 'a.b': '1' },
    });
    expect(
      formatPs([labelled], NOW, {
        ...base,
        format: 'table {{.Labels}}\\t{{.Label "com.example.tier"}}',
        details,
      }).stdout,
    ).toBe('LABELS                       tier\na.b=1,com.example.tier=web   web\n');
  });

  it('{{json .}} has the sorted key set of the container context and escapes HTML', () => {
    const html = container({
      Id: JOB_ID,
      Name: '/h',
      Image: 'busybox',
      Created: '2026-01-01T00:00:00Z',
      Path: 'sh',
      Args: ['-c', 'echo <a&b>'],
      State: state({
        Status: 'running',
        Running: true,
        StartedAt: '2026-01-01T00:00:00Z',
      }),
    });
    expect(formatPs([html], NOW, { ...base, format: '{{json .}}' }).stdout).toBe(
      '{"Command":"\\"sh -c \'echo \\u003ca\\u0026b\\u003e\'\\"","CreatedAt":"2026-01-01 00:00:00 +0000 UTC","HealthStatus":"none",' +
        '"ID":"a1b2c3d4e5f6","Image":"busybox","Labels":"","LocalVolumes":"0","Mounts":"","Names":"h","Networks":"bridge",' +
        '"Platform":{"architecture":"amd64","os":"linux"},"Ports":"","RunningFor":"About an hour ago","Size":"0B","State":"running",' +
        '"Status":"Up About an hour"}\n',
    );
  });

  it('--format json is the same as {{json .}}', () => {
    expect(formatPs([web], NOW, { ...base, format: 'json' }).stdout).toBe(psJsonRow(web, NOW) + '\n');
  });

  it('an unknown field fails validation before anything is listed', () => {
    expect(formatPs(ALL, NOW, { ...base, format: '{{.Foo}}' })).toEqual({
      stdout: '',
      stderr: `failed to execute template: template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext\n`,
      exitCode: 1,
    });
  });

  it('a template that does not parse fails with "failed to parse template"', () => {
    expect(formatPs(ALL, NOW, { ...base, format: '{{.ID' })).toEqual({
      stdout: '',
      stderr: 'failed to parse template: template: :1: unclosed action\n',
      exitCode: 1,
    });
  });

  it('the raw format lists key: value blocks', () => {
    expect(formatPs([db], NOW, { ...base, all: true, format: 'raw' }).stdout).toBe(
      'container_id: c3a1f0e2d4b5\nimage: postgres\ncommand: "docker-entrypoint.s…"\ncreated_at: 2026-01-01 00:59:55 +0000 UTC\n' +
        'state: created\nstatus: Created\nnames: db\nlabels:\nports:\n\n',
    );
  });
});

describe('the COMMAND the daemon builds (daemon/container/view.go)', () => {
  it('joins Path and Args, single-quoting args that contain a space', () => {
    expect(psCommand('/docker-entrypoint.sh', ['nginx', '-g', 'daemon off;'])).toBe(
      "/docker-entrypoint.sh nginx -g 'daemon off;'",
    );
    expect(psCommand('sh', [])).toBe('sh');
    expect(psCommand('sh', ['-c', 'echo "a b"'])).toBe(`sh -c 'echo "a b"'`);
  });
});

describe("docker/cli's own ContainerWrite cases (formatter/container_test.go)", () => {
  const now = NOW;
  const created = Math.floor(now / 1000) - 24 * 3600;
  const rows: PsSummary[] = [
    {
      ...EMPTY_SUMMARY,
      ID: 'containerID1',
      Names: ['/foobar_baz'],
      Image: 'ubuntu',
      Created: created,
      State: 'running',
    },
    {
      ...EMPTY_SUMMARY,
      ID: 'containerID2',
      Names: ['/foobar_bar'],
      Image: 'ubuntu',
      Created: created,
      State: 'running',
    },
  ];
  const write = (format: string) => writeContainers(rows, now, format, true);

  it('table with size', () => {
    expect(write(newContainerFormat('table', false, true))).toEqual({
      stdout:
        'CONTAINER ID   IMAGE     COMMAND   CREATED        STATUS    PORTS     NAMES        SIZE\n' +
        'containerID1   ubuntu    ""        24 hours ago                       foobar_baz   0B\n' +
        'containerID2   ubuntu    ""        24 hours ago                       foobar_bar   0B\n',
    });
  });

  it('custom table formats, quiet and state', () => {
    expect(write(newContainerFormat('table {{.Image}}', false, false))).toEqual({ stdout: 'IMAGE\nubuntu\nubuntu\n' });
    expect(write(newContainerFormat('table {{.Image}}', true, false))).toEqual({
      stdout: 'containerID1\ncontainerID2\n',
    });
    expect(write(newContainerFormat('table {{.State}}', false, true))).toEqual({
      stdout: 'STATE\nrunning\nrunning\n',
    });
    expect(write('table {{split .Image ":"}}')).toEqual({
      stdout: 'IMAGE\n[ubuntu]\n[ubuntu]\n',
    });
  });

  it('special headers keep their names and pad (container-context-write-special-headers.golden)', () => {
    const f =
      'table {{truncate .ID 5}}\\t{{json .Image}} {{.RunningFor}}/{{title .Status}}/{{pad .Ports 2 2}}.{{upper .Names}} {{lower .Status}}';
    expect(write(f)).toEqual({
      stdout:
        'CONTAINER ID   IMAGE CREATED/STATUS/  PORTS  .NAMES STATUS\n' +
        'conta          "ubuntu" 24 hours ago//.FOOBAR_BAZ \n' +
        'conta          "ubuntu" 24 hours ago//.FOOBAR_BAR \n',
    });
  });

  it('errors are reported as template parsing errors', () => {
    expect(write('{{InvalidFunction}}')).toEqual({
      error: 'template parsing error: template: :1: function "InvalidFunction" not defined',
    });
    expect(write('{{nil}}')).toEqual({
      error: 'template parsing error: template: :1:2: executing "" at <nil>: nil is not a command',
    });
  });
});

it('every fixture ID is 64 hex digits', () => {
  for (const c of [db, web, job]) expect(c.Id).toMatch(/^[0-9a-f]{64}$/);
  expect(DB_ID).not.toBe(JOB_ID);
});
