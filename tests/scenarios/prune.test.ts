/**
 * `docker container prune` (container/prune.go, internal/prompt Confirm; daemon/prune.go
 * ContainerPrune). Checked on a real engine (containers labelled m11 only): the prompt, a
 * refusal or the end of input exiting 0 without a word more, the Deleted Containers list with its
 * blank line, the space line, and the `prune` event with no Actor ID.
 */
import { describe, expect, it } from 'vitest';
import { must, sim } from './helpers';

const PROMPT = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';

async function mixed() {
  const s = sim();
  const web = (await must(s, 'docker run -d --name web nginx')).stdout.trim();
  const kept = (await must(s, 'docker create --name kept --label keep=1 busybox')).stdout.trim();
  await s.exec('docker run --name done busybox true');
  const done = s.inspect('done')?.Id ?? '';
  return { s, web, kept, done };
}

describe('created, exited and running together', () => {
  it('without -f and without input it asks, reads the end of input and stops: exit 0, nothing removed', async () => {
    const { s } = await mixed();
    expect(await s.exec('docker container prune')).toEqual({ stdout: PROMPT, stderr: '', exitCode: 0 });
    expect(s.inspect('done')).toBeDefined();
    expect(s.events().some((e) => e.Action === 'prune')).toBe(false);
  });

  it('an answer other than y is a refusal', async () => {
    const { s } = await mixed();
    expect(await s.exec('docker container prune', { stdin: 'n\n' })).toEqual({
      stdout: PROMPT,
      stderr: '',
      exitCode: 0,
    });
    expect(s.inspect('done')).toBeDefined();
  });

  it('y removes every stopped container, newest first, and prints them and the reclaimed space', async () => {
    const { s, kept, done } = await mixed();
    expect(await s.exec('docker container prune', { stdin: 'y\n' })).toEqual({
      stdout: `${PROMPT}Deleted Containers:\n${done}\n${kept}\n\nTotal reclaimed space: 0B\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(s.inspect('web')?.State.Status).toBe('running');
  });

  it('-f does not ask; each removal is a move caused by prune, and one prune event ends it', async () => {
    const { s, kept, done } = await mixed();
    const before = s.moves().length;
    const r = await s.exec('docker container prune -f');
    expect(r.stdout).toBe(`Deleted Containers:\n${done}\n${kept}\n\nTotal reclaimed space: 0B\n`);
    expect(
      s
        .moves()
        .slice(before)
        .map((m) => [m.name, m.from, m.to, m.cause]),
    ).toEqual([
      ['done', 'exited', 'removed', 'prune'],
      ['kept', 'created', 'removed', 'prune'],
    ]);
    const tail = s.events().slice(-3);
    expect(tail.map((e) => e.Action)).toEqual(['destroy', 'destroy', 'prune']);
    expect(tail[2]).toMatchObject({ Type: 'container', Actor: { ID: '', Attributes: { reclaimed: '0' } } });
    expect((await s.exec('docker events --since 0 --until 0s --filter event=prune')).stdout).toBe(
      '2026-01-01T00:00:00.000000000Z container prune  (reclaimed=0)\n',
    );
  });

  it('label and label! filters choose which stopped containers go', async () => {
    const { s, kept, done } = await mixed();
    expect((await must(s, 'docker container prune -f --filter label!=keep')).stdout).toBe(
      `Deleted Containers:\n${done}\n\nTotal reclaimed space: 0B\n`,
    );
    expect((await must(s, 'docker container prune -f --filter label=keep=1')).stdout).toBe(
      `Deleted Containers:\n${kept}\n\nTotal reclaimed space: 0B\n`,
    );
  });

  it('until keeps containers created after it', async () => {
    const s = sim();
    await must(s, 'docker create --name early busybox');
    await s.advance(60 * 60_000);
    await must(s, 'docker create --name late busybox');
    const r = await must(s, 'docker container prune -f --filter until=30m');
    expect(r.stdout).toBe(`Deleted Containers:\n${s.events()[0]?.Actor.ID}\n\nTotal reclaimed space: 0B\n`);
    expect(s.inspect('late')).toBeDefined();
  });

  it('with nothing to remove it prints only the space line, and still logs prune', async () => {
    const s = sim();
    expect(await s.exec('docker container prune -f')).toEqual({
      stdout: 'Total reclaimed space: 0B\n',
      stderr: '',
      exitCode: 0,
    });
    expect(s.events().map((e) => e.Action)).toEqual(['prune']);
  });

  it('refuses a filter the daemon does not accept, and two until filters', async () => {
    const s = sim();
    expect(await s.exec('docker container prune -f --filter status=exited')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'status'\n",
      exitCode: 1,
    });
    expect((await s.exec('docker container prune -f --filter until=1h --filter until=2h')).stderr).toBe(
      'Error response from daemon: more than one until filter specified\n',
    );
  });
});

describe('dead', () => {
  it('prune retries the removal of a dead container', async () => {
    const s = sim();
    const id = (await must(s, 'docker create --name gone busybox')).stdout.trim();
    await s.inject('gone', { type: 'rm-fails' });
    await s.exec('docker rm gone');
    expect(s.inspect('gone')?.State.Status).toBe('dead');
    expect((await must(s, 'docker container prune -f')).stdout).toBe(
      `Deleted Containers:\n${id}\n\nTotal reclaimed space: 0B\n`,
    );
  });
});
