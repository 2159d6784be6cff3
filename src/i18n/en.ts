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
  'controls.heading': 'Container {name}',
  'controls.headingNone': 'No container selected',
  'controls.create.legend': 'New container',
  'controls.create.image': 'Image',
  'controls.create.command': 'Command',
  'controls.create.commandPlaceholder': "the image's default",
  'controls.create.maxRetries': 'Maximum retries',
  'controls.options.legend': 'Options for the commands below',
  'controls.options.defaultSignal': 'default (SIGKILL)',
  'controls.actions.label': 'Lifecycle commands',
  'controls.gloss.create': 'make a container',
  'controls.gloss.start': 'run its process',
  'controls.gloss.pause': 'freeze it',
  'controls.gloss.unpause': 'thaw it',
  'controls.gloss.stop': 'ask it to end',
  'controls.gloss.kill': 'end it now',
  'controls.gloss.restart': 'stop, then start',
  'controls.gloss.rm': 'delete it',
  'controls.verdict.none': 'Select or create a container first.',
  'controls.verdict.accepted': 'Docker accepts this now.',
  'controls.verdict.acceptedWaits': 'Docker accepts this now; the command waits while it happens.',
  'controls.verdict.noop': 'Nothing to do: Docker answers with success and changes nothing.',
  'controls.verdict.refused': 'Docker refuses:',
  'controls.verdict.tryAnyway': '(you can still try it)',
  'controls.faults.legend': 'Things that happen without a command',
  'controls.faults.code': 'Exit code',
  'controls.faults.exit': 'The process exits by itself',
  'controls.faults.exitLog': 'fault: the process of {name} exits with code {code}',
  'controls.faults.oom': 'Out of memory (the kernel kills it)',
  'controls.faults.oomLog': 'fault: the kernel OOM-kills the process of {name}',
  'controls.faults.rmFails': 'Next rm fails (a busy mount)',
  'controls.faults.rmFailsLog': 'fault: the next removal of {name} cannot delete its files',
  'controls.faults.rmSlow': 'Next rm is slow (5 s)',
  'controls.faults.rmSlowLog': 'fault: the next removal of {name} takes 5 seconds',
  'log.heading': 'Commands',
  'log.empty': 'The commands you click appear here, exactly as you would type them.',
  'log.exit': 'exit code {code}',
  'log.running': 'running…',
  'panel.hide': 'Hide',

  // — diagram —
  'diagram.label': 'Lifecycle diagram: the states a container can be in, and what moves it between them',
  'diagram.node': '{state}: {count} container(s) {names}',
  'diagram.token': '{name}, {state}. Select this container.',
  'diagram.arrived': '→ {state}',
  'diagram.noop': 'No change: Docker answers with success and nothing happens.',
  'diagram.countdown.kill': 'SIGKILL in {s} s',
  'diagram.countdown.restart': 'restart in {s} s',
  'diagram.countdown.removal': 'removed in {s} s',
  'diagram.cause.exit': 'process exits',
  'diagram.cause.oom': 'OOM kill',
  'diagram.cause.grace': 'grace period over',
  'diagram.cause.backoff': 'back-off over',
  'diagram.cause.policy': 'restart policy',
  'diagram.cause.autoremove': 'auto-remove (--rm)',
  'diagram.cause.teardown': 'teardown done',
  'diagram.cause.teardownSlow': 'slow teardown',
  'diagram.cause.teardownFails': 'teardown fails',

  // — panels —
  'panel.ps': 'Containers',
  'panel.ps.empty': 'No containers yet. Create one.',
  'panel.events': 'Events',
  'panel.events.capped': 'Showing the last {shown} of {total} events.',
  'panel.inspect': 'State of the selected container',
  'panel.inspect.none': 'Select a container to see its state.',
  'panel.explain': 'What just happened',
  'panel.explain.none': 'Run a command and the daemon’s side of it is explained here.',

  // — explain —
  'explain.create':
    '{name}: created. The daemon added a writable container layer on top of the read-only image; no process runs yet.',
  'explain.start':
    '{name}: started. The daemon set up namespaces and cgroups and ran the main process as PID 1 inside them.',
  'explain.attach': '{name}: the CLI attached to the container’s output before starting it (a foreground docker run).',
  'explain.pause':
    '{name}: paused. The cgroup freezer stopped every process: no CPU time, but memory and state are kept.',
  'explain.unpause': '{name}: thawed. The cgroup freezer let its processes run again from where they were.',
  'explain.kill.kill':
    '{name}: the daemon sent SIGKILL. No process can catch or ignore it; the kernel ends it at once.',
  'explain.kill.fallback': '{name}: the grace period ran out after {signal}, so the daemon sent SIGKILL.',
  'explain.kill.other':
    '{name}: the daemon sent {signal} ({n}). What happens depends on the process: it may handle it, die of it, or, as PID 1 without a handler, ignore it.',
  'explain.oom':
    '{name}: the kernel’s OOM killer ended the process: the container used more memory than its cgroup allows.',
  'explain.die.zero':
    '{name}: the main process exited with code {code}: it ended on its own terms (success, or a clean shutdown on its stop signal).',
  'explain.die.137': '{name}: the main process exited with code 137 = 128 + 9: it was killed by SIGKILL.',
  'explain.die.143': '{name}: the main process exited with code 143 = 128 + 15: it died of SIGTERM.',
  'explain.die.127': '{name}: exit code 127: a command was not found.',
  'explain.die.126': '{name}: exit code 126: a command could not be executed.',
  'explain.die.signal': '{name}: the main process exited with code {code} = 128 + {n}: it was killed by {signal}.',
  'explain.die.code':
    '{name}: the main process exited with code {code}, its own choice (a non-zero code means failure).',
  'explain.die.oom':
    '{name}: the main process exited with code 137 after the OOM kill; inspect now shows OOMKilled: true.',
  'explain.stop':
    '{name}: docker stop is done: the container is no longer running. Its writable layer is kept until docker rm.',
  'explain.restart': '{name}: docker restart is done: a stop followed by a start. It does not remove a --rm container.',
  'explain.destroy': '{name}: removed. The writable container layer and its files are deleted; the name is free again.',
  'explain.other': '{name}: {action}',
  'explain.end': '{name} is now {state}.',
  'explain.end.removed': '{name} no longer exists.',
  'explain.end.restarting':
    '{name} is restarting: its restart policy starts it again after a back-off that begins at 100 ms, doubles each time up to 1 minute, and resets after a run of 10 seconds.',

  // — announcer —
  'announce.created': '{name}: {state}.',
  'announce.changed': '{name}: {from} → {to}.',
  'announce.removed': '{name}: removed.',
};

export default en;
export type Messages = typeof en;
export type MessageKey = keyof Messages;
