/**
 * Real docker commands the simulator does not model: each says so plainly, with a non-zero exit
 * code, instead of cobra's `unknown command` (which would tell a learner the command is not real).
 */
import { describe, expect, it } from 'vitest';
import { complete, parseCommandLine, rootHelp } from '../../../machines/cli/index';

const out = (line: string) => {
  const r = parseCommandLine(line);
  if (r.kind !== 'output') throw new Error(`${line} reached the daemon`);
  return r;
};

describe('docker commands the simulator does not model', () => {
  it.each([
    ['docker network ls', 'docker network', 'networks'],
    ['docker volume create data', 'docker volume', 'volumes'],
    ['docker build -t app .', 'docker build', 'image builds'],
    ['docker compose up -d', 'docker compose', 'Compose projects'],
    ['docker login', 'docker login', 'registries'],
    ['docker container cp web:/etc/hosts .', 'docker container cp', "a container's filesystem"],
    ['docker image rm busybox', 'docker image rm', 'image removal'],
    ['docker system df', 'docker system df', 'disk usage'],
  ])('%s says it is a real command this simulator does not model, exit 1', (line, path, what) => {
    expect(out(line)).toEqual({
      kind: 'output',
      stdout: '',
      stderr: `${path}: this simulator does not model ${what}; it simulates containers and their lifecycle (run 'docker --help' for the commands it knows)\n`,
      exitCode: 1,
    });
  });

  it('never says "unknown command" for a real docker command, even with --help or unknown flags', () => {
    for (const line of [
      'docker network --help',
      'docker swarm init --bogus',
      'docker help volume',
      'docker stats -a',
    ]) {
      const r = out(line);
      expect(r.stderr).toContain('this simulator does not model');
      expect(r.stderr).not.toContain('unknown');
      expect(r.exitCode).toBe(1);
    }
  });

  it('still calls a made-up command unknown', () => {
    expect(out('docker frobnicate').stderr).toContain('unknown command: docker frobnicate');
  });

  it('leaves them out of docker --help and of Tab completion', () => {
    expect(rootHelp()).not.toMatch(/^\s+network\s/m);
    expect(complete('docker netw', { containers: [], images: [] }).candidates).toEqual([]);
    expect(complete('docker container c', { containers: [], images: [] }).candidates).toEqual(['create']);
  });
});
