/**
 * English messages. Every key here must exist in ko.ts (the type makes it so). `{name}`-style
 * placeholders are filled by `t(key, { name })`. Docker verbs, commands, output and errors are
 * never in a catalog: they are shown as Docker prints them.
 *
 * Sections belong to parts of the page; add keys to your own section, in both languages.
 */
const en = {
  // — shell —
  'app.title': 'Docker container lifecycle',
  'app.subtitle': 'Click a command or type it, and watch the container move the way a real Docker engine moves it.',
  'app.loading': 'Loading the Docker engine…',
  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.ko': '한국어',
  'speed.label': 'Speed',
  'speed.instant': 'instant',
  'clock.pause': 'Pause time',
  'clock.resume': 'Resume time',
  'clock.step': 'Step 1 s',
  'clock.now': 'Simulated time: {time}',
  'theme.label': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'error.badUrl': 'The address had a setting this page does not understand ({detail}); the default was used.',

  // — controls —

  // — diagram —

  // — panels —

  // — explain —

  // — announcer —
};

export default en;
export type Messages = typeof en;
export type MessageKey = keyof Messages;
