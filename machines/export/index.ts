/** Exporting a run of the simulator as a POSIX shell script. */
export { exportRun, namesIn, sleepSeconds, type ExportOptions, type RunEntry } from './script';
