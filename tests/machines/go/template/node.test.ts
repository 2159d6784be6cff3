import { describe, expect, it } from 'vitest';
import { nodeString, type Node } from '../../../../machines/go/template/node';
import { parseTemplateText } from '../../../../machines/go/template/parse';

function roundTrip(text: string): string {
  const r = parseTemplateText('', text, new Set(['json', 'eq', 'printf']));
  if (!r.ok) throw new Error(r.error);
  const tree = r.trees.get('');
  if (tree === undefined) throw new Error('no tree');
  return nodeString(tree.root as Node);
}

describe('parse tree String() forms used in error messages', () => {
  it('prints actions, pipelines, chains and control structures', () => {
    expect(roundTrip('a{{json .State.Status}}b')).toBe('a{{json .State.Status}}b');
    expect(roundTrip('{{$x := .A | printf "%s"}}')).toBe('{{$x := .A | printf "%s"}}');
    expect(roundTrip('{{if eq .A 1}}x{{else}}y{{end}}')).toBe('{{if eq .A 1}}x{{else}}y{{end}}');
    expect(roundTrip('{{(json .).Foo}}')).toBe('{{(json .).Foo}}');
  });
});
