import { describe, expect, it } from 'vitest';
import { embedOptionsFromSearch, parseEmbedOptions } from '../../src/embed/params';

describe('embedOptionsFromSearch', () => {
  it('without parameters gives the contract defaults: diagram, controls, terminal; the page’s scene', () => {
    const o = embedOptionsFromSearch('');
    expect(o).toMatchObject({
      panels: ['diagram', 'controls', 'terminal'],
      script: ['docker run -d --name web nginx'],
      play: [],
      lang: null,
      theme: 'auto',
      speed: 1,
      level: 'lifecycle',
      controls: true,
      select: null,
      problems: [],
    });
  });

  it('reads every parameter of simulator-contract §4', () => {
    const o = embedOptionsFromSearch(
      '?panels=ps,diagram&script=docker%20run%20-d%20--name%20a1%20nginx;;docker%20pause%20a1&play=docker%20stop%20a1&lang=ko&theme=dark&speed=0.25&level=all&controls=0&select=a1',
    );
    expect(o).toMatchObject({
      panels: ['ps', 'diagram'],
      script: ['docker run -d --name a1 nginx', 'docker pause a1'],
      play: ['docker stop a1'],
      lang: 'ko',
      theme: 'dark',
      speed: 0.25,
      level: 'all',
      controls: false,
      select: 'a1',
      problems: [],
    });
  });

  it('with play and no script starts empty, so the play builds the scene', () => {
    expect(embedOptionsFromSearch('?play=docker%20run%20-d%20--name%20web%20nginx').script).toEqual([]);
  });

  it('keeps blank script lines, so a problem is named by the line its author wrote', () => {
    expect(embedOptionsFromSearch('?script=docker%20ps;;;;docker%20ps%20-a').script).toEqual([
      'docker ps',
      '',
      'docker ps -a',
    ]);
  });

  it('lists unknown and malformed parameters, ignores them, and keeps the defaults', () => {
    const o = embedOptionsFromSearch('?theme=purple&speed=9&lang=fr&level=most&controls=maybe&panels=diagram,nope&x=1');
    expect(o.problems).toEqual([
      'panels=nope',
      'lang=fr',
      'theme=purple',
      'speed=9',
      'level=most',
      'controls=maybe',
      'x',
    ]);
    expect(o).toMatchObject({ theme: 'auto', speed: 1, lang: null, level: 'lifecycle', controls: true });
    expect(o.panels).toEqual(['diagram']);
  });

  it('refuses a container name Docker would refuse, and cuts a long value short in the notice', () => {
    const o = embedOptionsFromSearch(`?select=${encodeURIComponent('<b>x</b>')}&zz${'z'.repeat(60)}=1`);
    expect(o.select).toBeNull();
    expect(o.problems[0]).toBe('select=<b>x</b>');
    expect(o.problems[1]).toHaveLength(41);
  });
});

describe('parseEmbedOptions', () => {
  it('reads attributes through the same checks (the web component)', () => {
    const attrs: Record<string, string> = { panels: 'diagram', theme: 'light', controls: '' };
    const o = parseEmbedOptions((name) => attrs[name] ?? null);
    expect(o).toMatchObject({ panels: ['diagram'], theme: 'light', controls: true, problems: [] });
  });
});
