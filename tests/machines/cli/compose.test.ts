import { describe, expect, it } from 'vitest';
import { actionLine, createLine } from '../../../machines/cli/compose';
import { shellQuote } from '../../../machines/shell/line';

const none = { timeout: '', signal: '', force: false };

describe('the command line each click stands for', () => {
  it('writes the plain verb and the container name', () => {
    expect(actionLine('pause', 'web', none)).toBe('docker pause web');
  });

  it('adds -t to stop and restart, -s to kill and -f to rm, and nothing else', () => {
    const o = { timeout: '3', signal: 'SIGHUP', force: true };
    expect(actionLine('stop', 'web', o)).toBe('docker stop -t 3 web');
    expect(actionLine('restart', 'web', o)).toBe('docker restart -t 3 web');
    expect(actionLine('kill', 'web', o)).toBe('docker kill -s SIGHUP web');
    expect(actionLine('rm', 'web', o)).toBe('docker rm -f web');
    expect(actionLine('start', 'web', o)).toBe('docker start web');
  });

  it('builds docker create from the form, quoting only what a shell would need', () => {
    expect(
      createLine({ image: 'nginx', command: '', name: 'web', restart: 'no', maxRetries: '', autoRemove: false }),
    ).toBe('docker create --name web nginx');
    expect(
      createLine({
        image: 'busybox',
        command: "sh -c 'exit 3'",
        name: '',
        restart: 'on-failure',
        maxRetries: '2',
        autoRemove: false,
      }),
    ).toBe("docker create --restart on-failure:2 busybox sh -c 'exit 3'");
    expect(shellQuote('<img src=x>')).toBe("'<img src=x>'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });
});
