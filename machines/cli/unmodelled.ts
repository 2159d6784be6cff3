/**
 * The real docker commands this simulator does not model (docker/cli v29 cmd/docker and
 * cli/command/commands, plus the plugins a Docker Desktop or docker-ce install brings: buildx,
 * compose, scout …). Each is a node of the command tree, so that `docker network ls` says what it
 * is — a real command, not simulated here — instead of cobra's `unknown command`, which would
 * teach something false. Help and Tab completion leave them out.
 */
import type { CommandSpec } from './flagspec';

/** One command the simulator knows by name only: its use line, its short help, what it manages. */
function stub(name: string, short: string, what: string): CommandSpec {
  return { use: name, short, args: { kind: 'any' }, interspersed: false, flags: [], unmodelled: what };
}

/** The message and exit code for a command the simulator does not model. */
export function unmodelledMessage(path: string, what: string): string {
  return `${path}: this simulator does not model ${what}; it simulates containers and their lifecycle (run 'docker --help' for the commands it knows)`;
}

/** Exit code of an unmodelled command: a plain CLI error. */
export const UNMODELLED_EXIT = 1;

/** Top-level commands and management commands of `docker` that are not simulated, by name. */
export const UNMODELLED_TOP: readonly CommandSpec[] = [
  stub('build', 'Build an image from a Dockerfile', 'image builds'),
  stub('builder', 'Manage builds', 'image builds'),
  stub('buildx', 'Docker Buildx', 'image builds'),
  stub('checkpoint', 'Manage checkpoints', 'checkpoints'),
  stub('commit', "Create a new image from a container's changes", "a container's filesystem"),
  stub('compose', 'Docker Compose', 'Compose projects'),
  stub('config', 'Manage Swarm configs', 'Swarm'),
  stub('context', 'Manage contexts', 'CLI contexts'),
  stub('cp', 'Copy files/folders between a container and the local filesystem', "a container's filesystem"),
  stub('debug', 'Get a shell into any container or image', 'debug shells'),
  stub('diff', "Inspect changes to files or directories on a container's filesystem", "a container's filesystem"),
  stub('export', "Export a container's filesystem as a tar archive", "a container's filesystem"),
  stub('history', 'Show the history of an image', 'image layers'),
  stub('import', 'Import the contents from a tarball to create a filesystem image', 'image builds'),
  stub('info', 'Display system-wide information', 'system information'),
  stub('init', 'Creates Docker-related starter files for your project', 'project files'),
  stub('load', 'Load an image from a tar archive or STDIN', 'image archives'),
  stub('login', 'Authenticate to a registry', 'registries'),
  stub('logout', 'Log out from a registry', 'registries'),
  stub('manifest', 'Manage Docker image manifests and manifest lists', 'image manifests'),
  stub('model', 'Docker Model Runner', 'AI models'),
  stub('network', 'Manage networks', 'networks'),
  stub('node', 'Manage Swarm nodes', 'Swarm'),
  stub('plugin', 'Manage plugins', 'plugins'),
  stub('port', 'List port mappings or a specific mapping for the container', 'port publishing'),
  stub('push', 'Upload an image to a registry', 'registries'),
  stub('rmi', 'Remove one or more images', 'image removal'),
  stub('save', 'Save one or more images to a tar archive (streamed to STDOUT by default)', 'image archives'),
  stub('scout', 'Docker Scout', 'image analysis'),
  stub('search', 'Search Docker Hub for images', 'registries'),
  stub('secret', 'Manage Swarm secrets', 'Swarm'),
  stub('service', 'Manage Swarm services', 'Swarm'),
  stub('stack', 'Manage Swarm stacks', 'Swarm'),
  stub('stats', 'Display a live stream of container(s) resource usage statistics', 'resource usage'),
  stub('swarm', 'Manage Swarm', 'Swarm'),
  stub('tag', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', 'image tags'),
  stub('trust', 'Manage trust on Docker images', 'image signing'),
  stub('version', 'Show the Docker version information', 'the server version'),
  stub('volume', 'Manage volumes', 'volumes'),
];

const byName = (name: string): CommandSpec => {
  const found = UNMODELLED_TOP.find((c) => c.use === name);
  if (!found) throw new Error(`no unmodelled command ${name}`);
  return found;
};

/** `docker container …` subcommands that are not simulated (cli/command/container/cmd.go). */
export const UNMODELLED_CONTAINER: readonly CommandSpec[] = ['commit', 'cp', 'diff', 'export', 'port', 'stats'].map(
  byName,
);

/** `docker image …` subcommands that are not simulated (cli/command/image/cmd.go). */
export const UNMODELLED_IMAGE: readonly CommandSpec[] = [
  byName('build'),
  byName('history'),
  byName('import'),
  stub('inspect', 'Display detailed information on one or more images', 'image metadata'),
  byName('load'),
  stub('prune', 'Remove unused images', 'image removal'),
  byName('push'),
  { ...byName('rmi'), use: 'rm', aliases: ['rmi', 'remove'] },
  byName('save'),
  byName('tag'),
];

/** `docker system …` subcommands that are not simulated (cli/command/system/cmd.go). */
export const UNMODELLED_SYSTEM: readonly CommandSpec[] = [
  stub('df', 'Show docker disk usage', 'disk usage'),
  byName('info'),
  stub('prune', 'Remove unused data', 'images, networks and volumes'),
];
