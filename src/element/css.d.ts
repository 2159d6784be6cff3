/**
 * All the simulator's CSS as one string, for a shadow root (styles do not cross into one). The
 * element's build puts it here (scripts/vite/inline-css.ts); it is no module anywhere else.
 */
declare module 'virtual:container-lifecycle-css' {
  const css: string;
  export default css;
}
