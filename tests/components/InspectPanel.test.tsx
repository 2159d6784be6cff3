// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator, type LiveSimulator } from '../../machines/index';

const selected = (sim: LiveSimulator, id: string | null) => sim.view().containers.find((c) => c.id === id) ?? null;
import { InspectPanel } from '../../src/components/panels/InspectPanel';
import { cleanup, render, withSim } from './render';

afterEach(cleanup);

describe('InspectPanel', () => {
  it('shows .State as docker inspect does, 4 spaces deep, under the command that prints it', async () => {
    const sim = createSimulator({ seed: 11 });
    await sim.exec('docker run -d --name web --restart on-failure:3 busybox sleep 300');
    await sim.exec('docker pause web');
    const id = sim.inspect('web')?.Id ?? null;
    const { container } = render(withSim(sim, <InspectPanel container={selected(sim, id)} />));

    expect(container.querySelector('h2')?.textContent).toContain(`docker inspect --format '{{json .State}}' web`);
    const json = container.querySelector('pre')?.textContent ?? '';
    expect(json.split('\n').slice(0, 3)).toEqual(['{', '    "Status": "paused",', '    "Running": true,']);
    // Same keys, same order, same values as the CLI's own output of that command.
    const cli = sim.query("docker inspect --format '{{json .State}}' web")?.stdout ?? '';
    expect(JSON.stringify(JSON.parse(json))).toBe(cli.trim());
    expect(json).toBe(JSON.stringify(sim.inspect('web')?.State, null, 4));
  });

  it('lists RestartCount, the restart policy and AutoRemove as the CLI prints them', async () => {
    const sim = createSimulator({ seed: 11 });
    await sim.exec('docker run -d --name job --restart on-failure:3 busybox false');
    const { container } = render(
      withSim(sim, <InspectPanel container={selected(sim, sim.inspect('job')?.Id ?? null)} />),
    );
    const value = (path: string) => container.querySelector(`[data-path="${path}"]`)?.textContent;
    const cli = (template: string) => sim.query(`docker inspect --format '${template}' job`)?.stdout.trim();
    expect(value('.RestartCount')).toBe(cli('{{.RestartCount}}'));
    expect(value('.RestartCount')).toBe('1');
    expect(value('.HostConfig.RestartPolicy')).toBe(cli('{{json .HostConfig.RestartPolicy}}'));
    expect(value('.HostConfig.AutoRemove')).toBe(cli('{{.HostConfig.AutoRemove}}'));
    expect(container.querySelector('pre')?.textContent).toContain('"Status": "restarting"');
  });

  it('asks for a selection when no container is selected, or the selected one is gone', async () => {
    const sim = createSimulator({ seed: 11 });
    await sim.exec('docker run -d --name web nginx');
    const id = sim.inspect('web')?.Id ?? null;
    await sim.exec('docker rm -f web');
    expect(render(withSim(sim, <InspectPanel container={selected(sim, null)} />)).container.textContent).toContain(
      'Select a container to see its state.',
    );
    const ko = render(withSim(sim, <InspectPanel container={selected(sim, id)} />), 'ko').container;
    expect(ko.textContent).toContain('컨테이너를 선택하면 상태가 표시됩니다.');
    expect(ko.querySelector('pre')).toBeNull();
  });
});
