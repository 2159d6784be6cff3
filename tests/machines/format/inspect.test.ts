import { describe, expect, it } from 'vitest';
import { formatInspect, inspectJson } from '../../../machines/format/inspect';
import { JOB_ID, container, job, state, web } from './fixtures';

const JOB_JSON = `    {
        "Id": "${JOB_ID}",
        "Created": "2025-12-29T01:00:00Z",
        "Path": "sleep",
        "Args": [
            "1000"
        ],
        "State": {
            "Status": "exited",
            "Running": false,
            "Paused": false,
            "Restarting": false,
            "OOMKilled": false,
            "Dead": false,
            "Pid": 0,
            "ExitCode": 137,
            "Error": "",
            "StartedAt": "2025-12-29T01:00:01Z",
            "FinishedAt": "2026-01-01T00:59:58Z"
        },
        "Image": "busybox",
        "Name": "/job",
        "RestartCount": 0,
        "HostConfig": {
            "RestartPolicy": {
                "Name": "no",
                "MaximumRetryCount": 0
            },
            "AutoRemove": false
        },
        "Config": {
            "Tty": false,
            "OpenStdin": false,
            "Cmd": [
                "sleep",
                "1000"
            ],
            "Image": "busybox",
            "Entrypoint": null,
            "Labels": {}
        }
    }`;

describe('docker inspect without --format', () => {
  it('prints a JSON array indented with 4 spaces, fields in the Go struct order', () => {
    expect(formatInspect([{ arg: 'job', value: job }])).toEqual({
      stdout: `[\n${JOB_JSON}\n]\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('omits HostConfig.Init when unset and Config.StopSignal/StopTimeout when empty, keeps them when set', () => {
    const withInit = container({
      Id: JOB_ID,
      Name: '/i',
      Image: 'busybox',
      HostConfig: {
        AutoRemove: true,
        RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
        Init: true,
      },
      Config: {
        Image: 'busybox',
        Cmd: ['top'],
        Entrypoint: null,
        Labels: {},
        Tty: true,
        OpenStdin: true,
        StopSignal: 'SIGQUIT',
        StopTimeout: 5,
      },
    });
    const json = inspectJson(withInit);
    expect(json).toContain(
      '"HostConfig":{"RestartPolicy":{"Name":"on-failure","MaximumRetryCount":3},"AutoRemove":true,"Init":true}',
    );
    expect(json).toContain(
      '"Config":{"Tty":true,"OpenStdin":true,"Cmd":["top"],"Image":"busybox","Entrypoint":null,"Labels":{},"StopSignal":"SIGQUIT","StopTimeout":5}',
    );
    expect(inspectJson(job)).not.toContain('Init');
  });

  it('does not escape <, > and & (the daemon encodes with SetEscapeHTML(false))', () => {
    const c = container({
      Id: JOB_ID,
      Name: '/h',
      Image: 'busybox',
      Args: ['-c', 'echo <a&b>'],
    });
    expect(inspectJson(c)).toContain('"Args":["-c","echo <a&b>"]');
  });

  it('prints [] and the error when nothing is found', () => {
    expect(formatInspect([{ arg: 'FooBar', value: undefined }])).toEqual({
      stdout: '[]\n',
      stderr: 'error: no such object: FooBar\n',
      exitCode: 1,
    });
  });

  it('prints the found objects and then one error line per missing one', () => {
    const r = formatInspect([
      { arg: 'a', value: undefined },
      { arg: 'job', value: job },
      { arg: 'b', value: undefined },
    ]);
    expect(r.stdout).toBe(`[\n${JOB_JSON}\n]\n`);
    expect(r.stderr).toBe('error: no such object: a\nerror: no such object: b\n');
    expect(r.exitCode).toBe(1);
  });

  it('docker container inspect passes the daemon error through', () => {
    expect(
      formatInspect([{ arg: 'x', value: undefined }], undefined, {
        command: 'container inspect',
      }),
    ).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such container: x\n',
      exitCode: 1,
    });
  });

  it('--format json prints the array compacted', () => {
    expect(
      formatInspect(
        [
          { arg: 'job', value: job },
          { arg: 'web', value: web },
        ],
        'json',
      ).stdout,
    ).toBe(`[${inspectJson(job)},${inspectJson(web)}]\n`);
  });
});

describe('docker inspect --format', () => {
  it('renders one line per object', () => {
    expect(
      formatInspect(
        [
          { arg: 'job', value: job },
          { arg: 'web', value: web },
        ],
        '{{.Name}} {{.State.Status}} {{.State.Running}} {{.RestartCount}}',
      ),
    ).toEqual({
      stdout: '/job exited false 0\n/web paused true 0\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('{{.Id}} works through the raw JSON fallback and {{.ID}} through the typed struct', () => {
    expect(formatInspect([{ arg: 'job', value: job }], '{{.Id}}').stdout).toBe(`${JOB_ID}\n`);
    expect(formatInspect([{ arg: 'job', value: job }], '{{.ID}}').stdout).toBe(`${JOB_ID}\n`);
  });

  it('prints Go values: slices in brackets, structs in braces, nil pointers as <nil>', () => {
    expect(
      formatInspect(
        [{ arg: 'job', value: job }],
        '{{.Config.Cmd}} {{.Config.Entrypoint}} {{.HostConfig.Init}} {{.HostConfig.RestartPolicy}}',
      ).stdout,
    ).toBe('[sleep 1000] [] <nil> {no 0}\n');
    expect(formatInspect([{ arg: 'job', value: job }], '{{.State}}').stdout).toBe(
      '{exited false false false false false 0 137  2025-12-29T01:00:01Z 2026-01-01T00:59:58Z <nil>}\n',
    );
  });

  it('{{json .State}} is compact JSON without HTML escaping', () => {
    const c = container({
      Id: JOB_ID,
      Name: '/e',
      Image: 'busybox',
      State: state({
        Status: 'created',
        ExitCode: 127,
        Error: 'exec: "<x>": not found',
      }),
    });
    expect(formatInspect([{ arg: 'e', value: c }], '{{json .State}}').stdout).toBe(
      '{"Status":"created","Running":false,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":0,"ExitCode":127,' +
        '"Error":"exec: \\"<x>\\": not found","StartedAt":"0001-01-01T00:00:00Z","FinishedAt":"0001-01-01T00:00:00Z"}\n',
    );
  });

  it('an unknown field fails on the raw map with "map has no entry for key"', () => {
    expect(formatInspect([{ arg: 'job', value: job }], '{{.Foo}}')).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"\n',
      exitCode: 1,
    });
    expect(formatInspect([{ arg: 'job', value: job }], '{{.State.Foo}}').stderr).toBe(
      'template parsing error: template: :1:8: executing "" at <.State.Foo>: map has no entry for key "Foo"\n',
    );
  });

  it('a template that does not parse exits 64 before looking anything up', () => {
    expect(formatInspect([{ arg: 'nope', value: undefined }], '{{.Name')).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      exitCode: 64,
    });
  });

  it('found objects are printed, missing ones reported, and nothing found prints an empty line', () => {
    expect(
      formatInspect(
        [
          { arg: 'job', value: job },
          { arg: 'x', value: undefined },
        ],
        '{{.Name}}',
      ),
    ).toEqual({
      stdout: '/job\n',
      stderr: 'error: no such object: x\n',
      exitCode: 1,
    });
    expect(formatInspect([{ arg: 'x', value: undefined }], '{{.Name}}').stdout).toBe('\n');
  });
});
