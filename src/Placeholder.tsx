import { useEffect, useState } from 'react';
import { createSimulator } from '../machines/index';

const SCRIPT = [
  'docker run -d --name web nginx',
  'docker pause web',
  'docker ps -a',
  'docker stop web',
  'docker ps -a',
];

/** Until the animated page lands: the engine, run headless in the browser, one short session. */
export function Placeholder() {
  const [transcript, setTranscript] = useState<string>('');
  useEffect(() => {
    let cancelled = false;
    const sim = createSimulator({ seed: 1 });
    void (async () => {
      let text = '';
      for (const line of SCRIPT) {
        const r = await sim.exec(line);
        text += `$ ${line}\n${r.stdout}${r.stderr}`;
      }
      if (!cancelled) setTranscript(text);
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '60rem', margin: '2rem auto', padding: '0 1rem' }}>
      <h1>Docker container lifecycle simulator</h1>
      <p>The animated diagram is on its way. Meanwhile, this is the engine running a short session in your browser:</p>
      <pre
        style={{ background: '#111', color: '#eee', padding: '1rem', overflowX: 'auto' }}
        aria-label="docker session"
      >
        {transcript}
      </pre>
    </main>
  );
}
