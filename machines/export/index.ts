/** Exporting a run of the simulator as a POSIX shell script, and the lifecycle as a Mermaid diagram. */
export { exportRun, namesIn, sleepSeconds, type ExportOptions, type RunEntry } from './script';
export { AUTOMATIC_WORDS, THAW_WORD, edgeLabel, mermaidDiagram, type MermaidOptions } from './mermaid';
