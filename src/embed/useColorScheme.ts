import { useMediaQuery } from '../sim/useMediaQuery';

/** The reader's colour scheme, as it changes (`theme=auto`). A server render is light. */
export function useColorScheme(): 'light' | 'dark' {
  return useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}
