// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Announcer } from '../../src/components/panels/Announcer';
import { cleanup, render } from './render';

afterEach(cleanup);

describe('Announcer', () => {
  it('is a polite status region holding the message', () => {
    const { container } = render(<Announcer message="web: running → paused." />);
    const region = container.querySelector('[role="status"]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.getAttribute('aria-atomic')).toBe('true');
    expect(region?.textContent).toBe('web: running → paused.');
  });

  it('puts a new node in the region when the same message comes again with a new seq, so it is heard again', () => {
    const { container, rerender } = render(<Announcer message="web: running → paused." seq={1} />);
    const region = container.querySelector('[role="status"]')!;
    const first = region.firstElementChild;
    rerender(<Announcer message="web: running → paused." seq={1} />);
    expect(region.firstElementChild).toBe(first);
    rerender(<Announcer message="web: running → paused." seq={2} />);
    expect(region.firstElementChild).not.toBe(first);
    expect(region.textContent).toBe('web: running → paused.');
  });
});
