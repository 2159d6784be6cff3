// The baseline for the page benchmark: the same toolchain and React, and nothing else.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<h1 data-testid="baseline">Hello</h1>);
