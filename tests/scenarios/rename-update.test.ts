/**
 * `docker rename` and `docker update` (container/rename.go, update.go; daemon/rename.go,
 * daemon/update.go, container_unix.go UpdateContainer). Neither moves a container; each logs its
 * event, and what happens after a rename carries the new name. Checked on a real engine (20.10):
 * the daemon's texts and the `rename` event's oldName; the CLI's `failed to rename container:`
 * wrapping is v29's (docker/cli rename.go), where 20.10's CLI printed `Error: failed to rename
 * container named …` after the daemon's line.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, labels, must, sim } from './helpers';

describe('docker rename', () => {
  it('running: renames silently, logs rename with oldName, and later events and moves carry the new name', async () => {
    const s = sim();
    const id = (await must(s, 'docker run -d --name web busybox sleep 100')).stdout.trim();
    expect(await s.exec('docker rename web api')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const rename = eventsOf(s, id).find((e) => e.Action === 'rename');
    expect(rename?.Actor.Attributes).toEqual({ image: 'busybox', name: 'api', oldName: '/web' });
    await must(s, 'docker kill api');
    expect(eventsOf(s, id).at(-1)?.Actor.Attributes.name).toBe('api');
    expect(
      s
        .moves()
        .filter((m) => m.container === id)
        .map((m) => m.name),
    ).toEqual(['web', 'web', 'api']);
    expect(s.inspect('api')?.Name).toBe('/api');
    expect(s.inspect('web')).toBeUndefined();
    // No move for the rename itself: the container stays where it was.
    expect(labels(eventsOf(s, id))).toEqual(['create', 'start', 'rename', 'kill signal=9', 'die exitCode=137']);
  });

  it('frees the old name for a new container', async () => {
    const s = sim();
    await must(s, 'docker create --name web busybox');
    await must(s, 'docker rename web old');
    await must(s, 'docker create --name web busybox');
    expect(s.inspect('old')?.Name).toBe('/old');
  });

  it('created: refuses a taken name, the same name, an invalid name and a blank one', async () => {
    const s = sim();
    await must(s, 'docker create --name aa busybox');
    const bb = (await must(s, 'docker create --name bb busybox')).stdout.trim();
    const fail = (text: string) => ({ stdout: '', stderr: `failed to rename container: ${text}\n`, exitCode: 1 });
    expect(await s.exec('docker rename aa bb')).toEqual(
      fail(
        `Error response from daemon: Error when allocating new name: Conflict. The container name "/bb" is already in use by container "${bb}". You have to remove (or rename) that container to be able to reuse that name.`,
      ),
    );
    expect(await s.exec('docker rename aa aa')).toEqual(
      fail('Error response from daemon: Renaming a container with the same name as its current name'),
    );
    expect(await s.exec("docker rename aa 'b@d'")).toEqual(
      fail(
        'Error response from daemon: Error when allocating new name: Invalid container name (/b@d), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
      ),
    );
    expect(await s.exec('docker rename aa ""')).toEqual(fail('new name cannot be blank'));
    expect(await s.exec('docker rename nope x1')).toEqual(fail('Error response from daemon: No such container: nope'));
    expect(s.events().filter((e) => e.Action === 'rename')).toEqual([]);
  });
});

describe('docker update', () => {
  it('exited: --restart changes the policy and logs update; the CLI prints the argument', async () => {
    const s = sim();
    await must(s, "docker run -d --name job busybox sh -c 'sleep 1; exit 1'");
    expect(await s.exec('docker update --restart on-failure:2 job')).toEqual({
      stdout: 'job\n',
      stderr: '',
      exitCode: 0,
    });
    expect(s.inspect('job')?.HostConfig.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 2 });
    await must(s, 'docker start job');
    await s.advance(10_000);
    expect(s.inspect('job')?.RestartCount).toBe(2);
    expect(labels(eventsOf(s, s.inspect('job')?.Id ?? '')).filter((l) => l === 'update')).toHaveLength(1);
  });

  it('running: a new policy applies to the next exit', async () => {
    const s = sim();
    await must(s, "docker run -d --name job busybox sh -c 'sleep 1; exit 1'");
    await must(s, 'docker update --restart always job');
    await s.advance(1050);
    expect(s.inspect('job')?.State.Status).toBe('restarting');
  });

  it('refuses a restart policy on an --rm container, with the daemon’s 409 text', async () => {
    const s = sim();
    const id = (await must(s, 'docker create --rm --name tmp busybox')).stdout.trim();
    expect(await s.exec('docker update --restart always tmp')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Cannot update container ${id}: Restart policy cannot be updated because AutoRemove is enabled for the container\n`,
      exitCode: 1,
    });
    expect(s.events().filter((e) => e.Action === 'update')).toEqual([]);
    expect(await s.exec('docker update --restart no tmp')).toMatchObject({ stdout: 'tmp\n', exitCode: 0 });
  });

  it('needs a flag, judges the policy before the containers, and reports each container', async () => {
    const s = sim();
    await must(s, 'docker create --name aa busybox');
    expect(await s.exec('docker update aa')).toEqual({
      stdout: '',
      stderr: 'you must provide one or more flags when using this command\n',
      exitCode: 1,
    });
    expect((await s.exec('docker update --restart bogus aa')).stderr).toBe(
      "Error response from daemon: invalid restart policy: unknown policy 'bogus'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n",
    );
    expect(await s.exec('docker update --cpus 2 aa nope')).toEqual({
      stdout: 'aa\n',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
  });

  it('dead: is refused as marked for removal', async () => {
    const s = sim();
    const id = (await must(s, 'docker create --name gone busybox')).stdout.trim();
    await s.inject('gone', { type: 'rm-fails' });
    await s.exec('docker rm gone');
    expect((await s.exec('docker update --restart always gone')).stderr).toBe(
      `Error response from daemon: Cannot update container ${id}: container is marked for removal and cannot be "update"\n`,
    );
  });
});
