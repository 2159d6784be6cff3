/**
 * examples.html: each way to embed the simulator, live (the tests use it too). The web component
 * comes from the build's own container-lifecycle.js, loaded as a docs page would load it; the
 * React section mounts the component as a React site would; the Mermaid text is the diagram
 * issue's export, shown as text.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import mermaid from '../../docs/diagram/lifecycle-lifecycle.mmd?raw';
import { LifecycleSimulator } from '../LifecycleSimulator';

function main() {
  // Beside this page in dist/, as on any host: a URL, so the bundler leaves it to the browser.
  const element = new URL('./container-lifecycle.js', document.baseURI).href;
  void import(/* @vite-ignore */ element);

  const code = document.getElementById('mermaid');
  if (code) code.textContent = mermaid;

  const root = document.getElementById('react-root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <LifecycleSimulator
          layout="embed"
          panels={['diagram', 'controls', 'terminal']}
          initialScript={['docker run -d --name api httpd']}
          lang="en"
          theme="light"
        />
      </StrictMode>,
    );
}

if (typeof document !== 'undefined') main();
