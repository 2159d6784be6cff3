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
      ['remove', 'restart', 'rm'].filter((c) => c.startsWith('re')),
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
