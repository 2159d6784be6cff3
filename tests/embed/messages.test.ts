import { describe, expect, it } from 'vitest';
import { parseHostMessage } from '../../src/embed/messages';

describe('parseHostMessage', () => {
  it('accepts the messages of simulator-contract §4, and the extras the embed documents', () => {
    expect(parseHostMessage({ type: 'container-lifecycle:exec', line: 'docker pause web' })).toEqual({
      type: 'container-lifecycle:exec',
      line: 'docker pause web',
    });
    expect(parseHostMessage({ type: 'container-lifecycle:reset' })).toEqual({ type: 'container-lifecycle:reset' });
    expect(parseHostMessage({ type: 'container-lifecycle:select', name: '/web' })).toEqual({
      type: 'container-lifecycle:select',
      name: 'web',
    });
    expect(parseHostMessage({ type: 'container-lifecycle:set', lang: 'ko', theme: 'auto', speed: '2' })).toEqual({
      type: 'container-lifecycle:set',
      lang: 'ko',
      theme: 'auto',
      speed: 2,
    });
  });

  it.each([
    ['not an object', 'docker ps'],
    ['null', null],
    ['an array', [{ type: 'container-lifecycle:reset' }]],
    ['an unknown type', { type: 'container-lifecycle:eval', code: 'alert(1)' }],
    ['a line that is not a string', { type: 'container-lifecycle:exec', line: 42 }],
    ['an empty line', { type: 'container-lifecycle:exec', line: '  ' }],
    ['a line with a control character', { type: 'container-lifecycle:exec', line: 'docker ps\u001b[2J' }],
    ['a line too long', { type: 'container-lifecycle:exec', line: `docker ps ${'x'.repeat(2000)}` }],
    ['a name Docker would refuse', { type: 'container-lifecycle:select', name: '<img src=x>' }],
    ['a setting with a bad value', { type: 'container-lifecycle:set', theme: 'purple' }],
    ['a setting with nothing to set', { type: 'container-lifecycle:set' }],
    [
      'an object of another class',
      new (class {
        type = 'container-lifecycle:reset';
      })(),
    ],
  ])('ignores %s', (_what, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });
});
