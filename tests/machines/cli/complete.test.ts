import { describe, expect, it } from 'vitest';
import { complete } from '../../../machines/cli/complete';

const ctx = { containers: ['web', 'worker', 'db'], images: ['busybox', 'nginx', 'redis'] };

describe('Tab completion from the command table', () => {
  it('completes the program and the verbs', () => {
    expect(complete('doc', ctx).line).toBe('docker ');
    expect(complete('docker pa', ctx).line).toBe('docker pause ');
    expect(complete('docker st', ctx).candidates).toEqual(['start', 'stop']);
    expect(complete('docker st', ctx).line).toBe('docker st');
  });

  it('completes the subcommands of docker container, aliases included', () => {
    expect(complete('docker container re', ctx).candidates).toEqual(
      ['remove', 'rename', 'restart', 'rm'].filter((c) => c.startsWith('re')),
    );
  });

  it('completes container names after a verb that takes containers, and image names after run', () => {
    expect(complete('docker stop w', ctx).candidates).toEqual(['web', 'worker']);
    expect(complete('docker stop w', ctx).line).toBe('docker stop w');
    expect(complete('docker stop d', ctx).line).toBe('docker stop db ');
    expect(complete('docker run -d ng', ctx).line).toBe('docker run -d nginx ');
    expect(complete('docker run --name web ng', ctx).line).toBe('docker run --name web nginx ');
  });

  it("completes a command's flags and the values of --restart and -s", () => {
    expect(complete('docker rm --f', ctx).line).toBe('docker rm --force ');
    expect(complete('docker run --restart un', ctx).line).toBe('docker run --restart unless-stopped ');
    expect(complete('docker kill -s SIGT', ctx).line).toBe('docker kill -s SIGTERM ');
  });

  it('offers nothing for a program other than docker', () => {
    expect(complete('ls -', ctx).candidates).toEqual([]);
  });
});

describe('container names by state, as docker bash completion offers them', () => {
  const ctx = {
    containers: ['new', 'up', 'held', 'done'],
    images: ['nginx'],
    statuses: { new: 'created', up: 'running', held: 'paused', done: 'exited' } as const,
  };
  it('offers each verb only the containers it suits', () => {
    expect(complete('docker start ', ctx).candidates).toEqual(['done']);
    expect(complete('docker stop ', ctx).candidates).toEqual(['held', 'up']);
    expect(complete('docker kill ', ctx).candidates).toEqual(['up']);
    expect(complete('docker pause ', ctx).candidates).toEqual(['up']);
    expect(complete('docker unpause ', ctx).candidates).toEqual(['held']);
    expect(complete('docker container rm ', ctx).candidates).toEqual(['done', 'new']);
    expect(complete('docker rm -f ', ctx).candidates).toEqual(['done', 'held', 'new', 'up']);
    expect(complete('docker restart ', ctx).candidates).toEqual(['done', 'held', 'new', 'up']);
    expect(complete('docker inspect ', ctx).candidates).toEqual(['done', 'held', 'new', 'up']);
  });
});
