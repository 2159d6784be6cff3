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
  'controls.gloss.create': 'new container',
  'controls.gloss.start': 'run it',
  'controls.gloss.pause': 'freeze it',
  'controls.gloss.unpause': 'thaw it',
  'controls.gloss.stop': 'ask it to end',
  'controls.gloss.kill': 'end it now',
  'controls.gloss.restart': 'stop + start',
  'controls.gloss.rm': 'delete it',
  'controls.verdict.none': 'Select or create a container first.',
  'controls.verdict.accepted': 'Docker accepts this now.',
  'controls.verdict.acceptedWaits': 'Docker accepts this now; the command waits while it happens.',
  'controls.verdict.noop': 'Nothing to do: Docker answers with success and changes nothing.',
  'controls.verdict.refused': 'Docker refuses:',
  'controls.verdict.tryAnyway': '(you can still try it)',
  'controls.verdict.done': 'done',
  'controls.verdict.doneNow': 'done: {name} is {state}.',
  'controls.verdict.again': 'Again: {verdict}.',
  'controls.verdict.noopShort': 'no change',
  'controls.verdict.refusedShort': 'refuses',
  'controls.verdict.noneShort': 'select a container',
  'controls.verdict.acceptedShort': 'accepts',
  'controls.verdict.acceptedWaitsShort': 'accepts, then waits',
  'controls.more': 'More settings',
  'controls.faults.legend': 'Things that happen without a command',
  'controls.faults.code': 'Exit code',
  'controls.faults.exit': 'The process exits by itself',
  'controls.faults.exitLog': 'fault: the process of {name} exits with code {code}',
  'controls.faults.oom': 'Out of memory (the kernel kills it)',
  'controls.faults.oomLog': 'fault: the kernel OOM-kills the process of {name}',
  'controls.faults.rmFails': 'Next removal fails (a busy mount)',
  'controls.faults.rmFailsLog': 'fault: the next removal of {name} cannot delete its files',
  'controls.faults.rmSlow': 'Next removal is slow (5 s)',
  'controls.faults.rmSlowLog': 'fault: the next removal of {name} takes 5 seconds',

  // — terminal —
  'terminal.heading': 'Terminal',
  'terminal.output': 'Terminal output',
  'terminal.input': 'docker command line',
  'terminal.placeholder': 'Type a docker command, e.g. docker run -d --name web nginx',
  'terminal.holding': 'Waiting for the command to finish… Ctrl+C interrupts it; lines typed now run after it.',
  'terminal.keys':
    'Enter runs the line. ↑ and ↓ browse earlier lines, Tab completes, Ctrl+C interrupts, Ctrl+L or clear clears the screen. Press Esc, then Tab, to leave the terminal.',
  'terminal.empty': 'The commands you type or click appear here, with exactly what the docker CLI prints.',
  'terminal.exit': 'exit code {code}',
  'terminal.scrolledOut': 'Earlier output has scrolled out of the terminal.',
  'terminal.running': 'running…',
  'terminal.clicked': 'clicked',
  'terminal.queued': 'queued',
  'terminal.hint.sigint.two':
    'The container ignored SIGINT: its main process runs as PID 1 and has no handler for it, so the signal does nothing. Press Ctrl+C twice more and docker stops waiting (the container keeps running), or end it with the stop or kill button.',
  'terminal.hint.sigint.one':
    'Still running. Press Ctrl+C once more and docker stops waiting (the container keeps running), or end it with the stop or kill button.',
  'terminal.hint.noProxy.two':
    'docker does not pass Ctrl+C on to the container (--sig-proxy=false), so it keeps running. Press Ctrl+C twice more and docker stops waiting, or end the container with the stop or kill button.',
  'terminal.hint.noProxy.one': 'Press Ctrl+C once more and docker stops waiting; the container keeps running.',
  'terminal.hint.raw':
    'Attached to the container’s own terminal (-it): keys go to its process. Ctrl+C reaches it through its terminal (a shell ignores it), Ctrl+D ends its input (a shell exits), and Ctrl+P then Ctrl+Q detaches, leaving it running.',
  'terminal.hint.operator':
    'This terminal runs docker commands one after another (;, && and || work, and so does $(docker …)), but not pipes, redirections or background jobs: “{operator}” is not simulated.',
  'terminal.hint.substitution':
    '$({command}) would have to wait; this terminal only substitutes commands that answer at once, such as docker ps -q.',
  'terminal.continued':
    'The line has an open quote or ends with \\: go on typing, press Ctrl+C to drop it, or Ctrl+D to end it.',
  'terminal.help.text':
    'This terminal runs docker commands against the simulated engine: run, create, start, stop, kill, restart, pause, unpause, rm, ps, inspect, events, and the docker container … forms. docker --help and docker <command> --help list the options. The shell also knows echo (with $?), history and clear.',
  'panel.hide': 'Hide',

  // — diagram —
  'diagram.label': 'Lifecycle diagram: the states a container can be in, and what moves it between them',
  'diagram.node.none': '{state}: no containers',
  'diagram.node.one': '{state}: 1 container ({names})',
  'diagram.node.many': '{state}: {count} containers ({names})',
  'diagram.node.more': '{names} and {count} more',
  'diagram.token': '{name}: {state}',
  'diagram.arrived': '→ {state}',
  'diagram.noop': 'No change: Docker answers with success and nothing happens.',
  'diagram.noop.badge': 'no change',
  'diagram.refused': 'Docker refused:',
  'diagram.refused.badge': 'refused',
  'diagram.countdown.kill': 'SIGKILL in {s} s',
  'diagram.countdown.restart': 'restart in {s} s',
  'diagram.countdown.removal': 'removed in {s} s',
  'diagram.pulse.exit': 'exit {code}',
  'diagram.cause.exit': 'process exits',
  'diagram.cause.oom': 'OOM kill',
  'diagram.cause.grace': 'grace period ends',
  'diagram.cause.backoff': 'back-off ends',
  'diagram.cause.policy': 'restart policy',
  'diagram.cause.autoremove': '--rm',
  'diagram.cause.thaw': 'thaw',
  'diagram.cause.fault': 'removal fails',
  'state.gloss.created': 'created',
  'state.gloss.running': 'running',
  'state.gloss.paused': 'paused',
  'state.gloss.restarting': 'restarting',
  'state.gloss.exited': 'exited',
  'state.gloss.removed': 'removed',
  'state.gloss.removing': 'removing',
  'state.gloss.dead': 'dead',
  'diagram.cause.teardown': 'teardown done',
  'diagram.cause.teardownSlow': 'slow teardown (fault)',
  'diagram.cause.teardownFails': 'teardown fails (fault)',
  'diagram.more': '{count} more containers here: {names}',
  'diagram.level.label': 'How much of Docker to show',
  'diagram.level.lifecycle': 'Lifecycle',
  'diagram.level.all': 'All of Docker',
  'diagram.download.svg': 'Download SVG',
  'diagram.download.png': 'Download PNG',
  'diagram.legend.command': 'a docker command',
  'diagram.legend.auto': 'happens by itself',
  'diagram.legend.fault': 'only after an injected fault',

  // — panels —
  'panel.ps': 'Containers',
  'panel.ps.empty': 'No containers yet. Create one.',
  'panel.ps.hint': 'Click a row, or press Enter on it, to select its container.',
  'panel.events': 'Events',
  'panel.events.capped': 'Showing the last {shown} of {total} events.',
  'panel.events.empty': 'No events yet. Every change to a container appears here as docker events prints it.',
  'panel.events.legend': 'Lines marked ▸ come from the latest command.',
  'panel.inspect': 'State of the selected container',
  'panel.inspect.none': 'Select a container to see its state.',
  'panel.inspect.indented': 'Indented here for reading; the CLI prints it on one line.',
  'panel.explain': 'What just happened',
  'panel.explain.earlier': '{count} earlier events of this story are in docker events.',
  'panel.explain.none': 'Run a command, and what the daemon and the kernel did is explained here, event by event.',

  // — explain —
  'explain.create':
    '{name}: created. The daemon put a writable container layer on top of the read-only image layers and set the container up; no process runs yet.',
  'explain.attach':
    '{name}: the CLI attached to the container’s output before starting it (a foreground docker run, or docker start -a), so what the process prints appears in the terminal.',
  'explain.start':
    '{name}: started. The daemon set up its namespaces (isolation) and cgroups (resource limits) and ran the main process inside them as PID 1.',
  'explain.start.policy':
    '{name}: started again by its restart policy ({policy}), with no command: the back-off after its exit is over.',
  'explain.pause':
    '{name}: paused. The cgroup freezer froze every process in the container: they get no CPU time, but their memory and state are kept.',
  'explain.unpause':
    '{name}: unpaused. The cgroup freezer thawed its processes, and they go on from exactly where they were.',
  'explain.unpause.signal':
    '{name}: the daemon thawed the paused container right after sending the signal: a frozen process cannot act on a signal, so stopping or killing a paused container unpauses it.',
  'explain.kill.stop':
    '{name}: {command} sent {signal} ({n}): {source}. It then waits for the main process to exit, up to the grace period (10 s unless -t or --stop-timeout says otherwise); if it is still running then, SIGKILL follows.',
  'explain.source.image': 'the stop signal its image sets (STOPSIGNAL)',
  'explain.source.createFlag': 'the stop signal it was created with (--stop-signal)',
  'explain.source.default': 'the default stop signal, since the image sets no STOPSIGNAL',
  'explain.source.flag': 'the signal asked for with --signal',
  'explain.kill.fallback':
    '{name}: the grace period ended after {seconds} s with the main process still running, so the daemon sent SIGKILL (9). Unlike {signal}, SIGKILL cannot be caught, blocked or ignored.',
  'explain.kill.kill':
    '{name}: the daemon sent SIGKILL (9), the default signal of docker kill (docker rm -f sends it first too). No process can catch, block or ignore it: the kernel ends the process at once.',
  'explain.kill.rm':
    '{name}: docker rm -f sent SIGKILL (9) to end the running container before removing it. No process can catch, block or ignore SIGKILL.',
  'explain.kill.proxy':
    '{name}: you pressed Ctrl+C, and {command}, attached to the container, passed it on as {signal} ({n}): the CLI forwards the signals it gets (its signal proxy).',
  'explain.kill.other':
    '{name}: docker kill -s sent {signal} ({n}). What happens is up to the process: it may handle it, die of it, or ignore it (a PID 1 without a handler for it ignores it).',
  'explain.oom':
    '{name}: the container used more memory than its cgroup allows, so the kernel’s OOM (out-of-memory) killer killed its main process with SIGKILL.',
  'explain.die.0': '{name}: the main process exited with code 0, which means success: it finished its work.',
  'explain.die.eof':
    '{name}: the main process exited with code 0 at once. A shell ({process}) started without -it reads end-of-file on its input and has nothing to do; run it with -it, or give it a command that keeps running.',
  'explain.die.handled': '{name}: the main process handled {signal} and shut down cleanly, with exit code 0.',
  'explain.die.1': '{name}: the main process exited with code 1: a general error, reported by the program itself.',
  'explain.die.126':
    '{name}: exit code 126: a command was found but could not be executed (no permission, or not an executable).',
  'explain.die.127': '{name}: exit code 127: a command was not found.',
  'explain.die.code':
    '{name}: the main process exited with code {code}, a value the program chose: anything but 0 means failure.',
  'explain.die.chosen':
    '{name}: the main process exited with code {code} by itself. By convention 128 + {n} reports a death by {signal}, but no signal ended this process: the program chose the code.',
  'explain.die.signal': '{name}: exit code {code} = 128 + {n}: the main process was killed by {signal}.',
  'explain.die.ignored':
    '{name}: exit code 137 = 128 + 9: SIGKILL ended it. It had ignored {signal}: its main process is PID 1 of its PID namespace and has no handler for {signal}, and the kernel does not apply a signal’s default action (ending the process) to such a PID 1. So {command} waited out the whole grace period. With --init, a small init runs as PID 1 and passes the signal on: the process then dies of it at once (exit code 143 for SIGTERM).',
  'explain.die.oom':
    '{name}: exit code 137 = 128 + 9: killed by the OOM killer’s SIGKILL. docker inspect now shows OOMKilled: true.',
  'explain.die.init':
    '{name} runs with --init: the init process is PID 1; it passed the signal on to the main process, which (not being PID 1) died of it, and exited with the same code.',
  'explain.stop':
    '{name}: docker stop is done: the main process has exited. The container is kept, with its container layer, until docker rm, and its restart policy does not start it again.',
  'explain.stop.autoRemove':
    '{name}: docker stop is done: the main process has exited. It was started with --rm (AutoRemove), so the daemon removes it now, container layer and all.',
  'explain.stop.restart': '{name}: the stop half of docker restart is done; the start half follows at once.',
  'explain.stop.backoff':
    '{name}: stopped while it was waiting to be restarted: no process was running, so no signal was needed. The pending restart is cancelled and the last exit code stays.',
  'explain.restart':
    '{name}: docker restart is done: a docker stop followed by a docker start. RestartCount goes back to 0, and a --rm container is not removed by it.',
  'explain.destroy':
    '{name}: removed (docker rm). The daemon deleted its writable container layer and everything written there; the image is untouched and the name is free again.',
  'explain.destroy.auto':
    '{name}: removed as soon as it exited, because it was started with --rm (AutoRemove). Its writable container layer is deleted; the image stays.',
  'explain.missing':
    'There is no container {arg}: Docker acts only on containers that exist (docker ps -a lists them). It answered: {error}',
  'explain.refused': 'Docker refused {command} and changed nothing. It answered: {error}',
  'explain.noop': '{command}: {name} is already {state}, so Docker answers with success and changes nothing.',
  'explain.other': '{name}: the daemon reported a {action} event.',
  'explain.end.startFailed':
    '{name} is still created: its start failed before any process ran, so docker inspect records exit code {code} and the error: {error}',
  'explain.end.created': '{name} is now created: it exists, with its container layer, but no process runs in it.',
  'explain.end.running': '{name} is now running: its main process is alive.',
  'explain.end.paused': '{name} is now paused: frozen, holding its memory, until docker unpause.',
  'explain.end.restarting':
    '{name} is now restarting, RestartCount {count}: its restart policy ({policy}) starts it again after a back-off that begins at 100 ms, doubles with each restart up to 1 minute, and goes back to 100 ms once a run lasts 10 seconds.',
  'explain.end.exited':
    '{name} is now exited, with exit code {code}: nothing runs, but the container and its layer remain; docker start runs it again, docker rm deletes it.',
  'explain.end.removing': '{name} is now removing: the daemon is deleting its files.',
  'explain.end.dead': '{name} is now dead: its removal could not finish (a busy mount); another docker rm tries again.',
  'explain.end.removed': '{name} no longer exists.',
  'explain.end.stopping': '{name} is still running: {command} waits for it to exit until the grace period ends.',

  // — why Docker refused, in a line —
  'refusal.startPaused': '{name} is paused: unpause it instead of starting it.',
  'refusal.markedForRemoval': '{name} is being removed: it cannot start again.',
  'refusal.notRunning': '{name} is not running, so there is nothing to pause.',
  'refusal.alreadyPaused': '{name} is already paused.',
  'refusal.restartingCannotPause': '{name} is between restarts: there is no process to freeze yet.',
  'refusal.notPaused': '{name} is not paused, so there is nothing to unpause.',
  'refusal.killNotRunning': '{name} is not running: there is no process to signal.',
  'refusal.restartFailed': '{name} cannot be restarted now.',
  'refusal.rmRunning': '{name} is running: stop it first, or force it with rm -f.',
  'refusal.rmRestarting': '{name} is between restarts: stop it first, or force it with rm -f.',
  'refusal.rmPaused': '{name} is paused: unpause or stop it first, or force it with rm -f.',
  'refusal.removalInProgress': '{name} is already being removed.',
  'refusal.noSuchContainer': 'There is no container called {name}.',
  'refusal.noSuchContainerKill': 'There is no container called {name}.',
  'refusal.nameInUse': 'The name {name} is taken by another container.',
  'refusal.ambiguousPrefix': '{name} starts more than one container ID: type more of it.',
  'refusal.invalidName': '{name} is not a valid container name.',
  'refusal.invalidSignal': 'Docker does not know that signal.',
  'refusal.startFailed': 'The process of {name} could not be started.',
  'refusal.teardownFailed': 'Docker could not delete the files of {name}; it is now dead.',
  'refusal.invalidRestartPolicy': 'That restart policy is not valid.',
  'refusal.autoRemoveWithRestart': '--rm and a restart policy cannot go together.',

  // — announcer —
  'announce.appeared': '{name}: {state}.',
  'announce.changed': '{name}: {from} → {to}.',
  'announce.removed': '{name}: removed.',
  'announce.state.created': 'created',
  'announce.state.running': 'running',
  'announce.state.paused': 'paused',
  'announce.state.restarting': 'restarting',
  'announce.state.removing': 'removing',
  'announce.state.exited': 'exited',
  'announce.state.removed': 'removed',
  'announce.state.dead': 'dead',
  'bridge.heading': 'Real Docker',
  'bridge.exportHint':
    'Play this run on your own Docker: the commands in order, with the waits between them, as a shell script.',
  'bridge.export': 'Export the run as a script',
  'bridge.scriptTitle': 'A run of the Docker container lifecycle simulator',
  'bridge.importHint':
    "Replay a real log on the diagram: the output of docker events --format '{{json .}}' or of plain docker events.",
  'bridge.importFile': 'Open a docker events log',
  'bridge.paste': 'Or paste it here',
  'bridge.replayPasted': 'Replay the pasted log',
  'bridge.pasted': 'pasted log',
  'bridge.reading': 'Reading {source}…',
  'bridge.noEvents': '{source} has no container events to replay ({lines} lines could not be read).',
  'bridge.tooLarge': '{source} is {mb} MB: logs up to 64 MB can be replayed.',
  'bridge.unreadableFile': '{source} could not be read as text.',
  'replay.heading': 'Replaying {source}',
  'replay.read': '{events} container events of {containers} containers, read in {ms} ms ({kb} KB).',
  'replay.skipped': 'Skipped (not container events): {skipped}.',
  'replay.play': 'Play',
  'replay.pause': 'Pause',
  'replay.next': 'Next event',
  'replay.rewind': 'From the start',
  'replay.close': 'Back to the simulator',
  'replay.position': 'event {n} of {total} · {s} s of {duration} s',
  'replay.gaps': 'Stretches longer than 5 s with no event are played as 5 s; the times shown are the log’s own.',
  'replay.unreadable': '{n} lines could not be read (the rest plays):',
  'replay.line': 'line {line}:',
  'replay.recent': 'The latest events replayed',
  'replay.clock': 'Replay time: {s} s',

  // — embed (scripts, the embed page, the web component) —
  'script.problems': 'Some lines of the script did not run as written; the rest ran:',
  'script.line': 'line {n}:',
  'script.tooLong': 'longer than {max} characters, not run',
  'script.tooMany': 'the script has more than {max} lines; this one and those after it were not run',
  'embed.moreOptions': 'More options: image, flags, faults',
  'embed.badParams': 'Some settings were not understood and were ignored: {detail}',
  'embed.play.label': 'Demo',
  'embed.play.hold': 'Hold the demo',
  'embed.play.resume': 'Play the demo',
  'embed.play.next': 'Next line',
  'embed.play.status': 'Line {n} of {total}:',
  'embed.play.again': 'From the start in a moment',
};

export default en;
export type Messages = typeof en;
export type MessageKey = keyof Messages;
