import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en';
import { translator } from '../../src/i18n/i18n';
import { createSimulator, ShellSession } from '../../machines/index';
import { MAX_SCRIPT_LINES, planScript, splitScript } from '../../src/sim/script';
import { scriptProblems } from '../../src/components/ScriptNotice';

describe('a script', () => {
  it('splits on ;; and new lines, numbering lines where they stand (blank ones count, trailing ones go)', () => {
    expect(splitScript('docker ps;; ;;docker ps -a\n\n')).toEqual(['docker ps', '', 'docker ps -a']);
    expect(planScript(splitScript('docker ps;; ;;docker ps -a')).run).toEqual([
      { n: 1, text: 'docker ps' },
      { n: 3, text: 'docker ps -a' },
    ]);
  });

  it('leaves out a line that is too long and the lines past the limit, naming them', () => {
    const lines = ['x'.repeat(1001), ...Array.from({ length: MAX_SCRIPT_LINES + 2 }, (_, i) => `docker ps -q ${i}`)];
    const plan = planScript(lines);
    expect(plan.run).toHaveLength(MAX_SCRIPT_LINES);
    expect(plan.refused).toEqual([
      { n: 1, reason: 'too-long' },
      { n: MAX_SCRIPT_LINES + 2, reason: 'too-many' },
    ]);
  });
});

describe('the problems a script notice lists', () => {
  const t = translator(en);

  it('names each failed line with its own error, not a container that exited non-zero, nor a line the learner interrupted', async () => {
    const sim = createSimulator({ seed: 1 });
    const shell = new ShellSession(sim);
    const script = splitScript(
      'docker run -d --name web nginx;;docker pause nope;;docker run busybox false;;ls;;docker ps | grep x;;docker run --name fg busybox sleep infinity',
    );
    await shell.runScript(planScript(script).run);
    expect(shell.snapshot().holding).toBe(true);
    shell.interrupt('');
    shell.interrupt('');
    shell.interrupt('');
    await new Promise((r) => setTimeout(r, 0));
    expect(shell.snapshot().entries.at(-1)?.result?.exitCode).toBe(1);
    expect(scriptProblems(t, shell.snapshot().entries, [{ n: 9, reason: 'too-long' }])).toEqual([
      { n: 2, output: true, text: 'Error response from daemon: No such container: nope' },
      { n: 4, output: true, text: 'bash: ls: command not found' },
      { n: 5, output: false, text: expect.stringContaining('|') },
      { n: 9, output: false, text: 'longer than 1000 characters, not run' },
    ]);
  });
});
