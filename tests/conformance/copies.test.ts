/**
 * The repository stands alone: the spec's cases (tests/conformance/cases.json) and the contract
 * (docs/contract.md) are the project's own copies of the team's shared files. These tests keep
 * them equal to the shared ones whenever the shared folder is there (so an update there fails
 * here until it is copied in), and check the copies themselves either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDir, sharedFile } from '../support/shared';

/** How many cases the copy holds; change it together with the copy. */
const CASE_COUNT = 63;

const casesCopy = readFileSync(new URL('./cases.json', import.meta.url), 'utf8');
const contractCopy = readFileSync(new URL('../../docs/contract.md', import.meta.url), 'utf8');

describe('tests/conformance/cases.json', () => {
  it(`parses, and holds ${CASE_COUNT} cases with unique ids and the fields the conformance test reads`, () => {
    const cases = JSON.parse(casesCopy) as Record<string, unknown>[];
    expect(cases).toHaveLength(CASE_COUNT);
    expect(new Set(cases.map((c) => c.id)).size).toBe(CASE_COUNT);
    for (const c of cases)
      for (const field of [
        'id',
        'from',
        'command',
        'flags',
        'to',
        'events',
        'error',
        'cliStdout',
        'cliExit',
        'exitCode',
      ])
        expect(c, `${String(c.id)}.${field}`).toHaveProperty(field);
  });

  it('is, byte for byte, the shared spec/docker-lifecycle-cases.json when the shared folder exists', () => {
    const shared = sharedFile('spec', 'docker-lifecycle-cases.json');
    if (shared === null) {
      // No shared folder (a clone of this repository alone): nothing to compare with.
      expect(sharedDir()).toBeNull();
      return;
    }
    expect(existsSync(shared), `${shared} exists`).toBe(true);
    expect(casesCopy).toBe(readFileSync(shared, 'utf8'));
  });
});

describe('docs/contract.md', () => {
  it('holds the contract: its five sections and the headless API names', () => {
    for (const heading of [
      '## 1. Headless API',
      '### 1.1 Moves',
      '## 2. Simulated processes',
      '## 3. Page test hooks',
      '## 4. The embed surface',
      '## 5. Classroom and import hooks',
    ])
      expect(contractCopy).toContain(heading);
    for (const name of ['createSimulator', 'exec(', 'advance(', 'inject(', 'events(', 'inspect(', 'moves('])
      expect(contractCopy).toContain(name);
  });

  it('is, byte for byte, the shared spec/simulator-contract.md when the shared folder exists', () => {
    const shared = sharedFile('spec', 'simulator-contract.md');
    if (shared === null) {
      expect(sharedDir()).toBeNull();
      return;
    }
    expect(existsSync(shared), `${shared} exists`).toBe(true);
    expect(contractCopy).toBe(readFileSync(shared, 'utf8'));
  });
});
