/**
 * The verbs added in issue 11, as the command table gives them to help and Tab completion.
 * Goldens are docker/cli v29's usage text (cli/command/container/*.go, image/*.go), checked
 * against the docker 28.2 client where the command did not change.
 */
import { describe, expect, it } from 'vitest';
import { complete, parseCommandLine, verbHelp } from '../../../machines/cli/index';

const lines = (...ls: string[]): string => ls.join('\n') + '\n';

const help = (line: string): string => {
  const r = parseCommandLine(line);
  if (r.kind !== 'output') throw new Error(`no output for ${line}`);
  return r.stdout;
};

const IMAGES_HELP = lines(
  'Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]',
  '',
  'List images',
  '',
  'Aliases:',
  '  docker image ls, docker image list, docker images',
  '',
  'Options:',
  '  -a, --all             Show all images (default hides intermediate and',
  '                        dangling images)',
  '      --digests         Show digests',
  '  -f, --filter filter   Filter output based on conditions provided',
  '      --format string   Format output using a custom template:',
  "                        'table':            Print output in table format",
  '                        with column headers (default)',
  "                        'table TEMPLATE':   Print output in table format",
  '                        using the given Go template',
  "                        'json':             Print in JSON format",
  "                        'TEMPLATE':         Print output using the given",
  '                        Go template.',
  '                        Refer to https://docs.docker.com/go/formatting/',
  '                        for more information about formatting output with',
  '                        templates',
  "      --no-trunc        Don't truncate output",
  '  -q, --quiet           Only show image IDs',
  '      --tree            List multi-platform images as a tree (EXPERIMENTAL)',
);

const PULL_HELP = lines(
  'Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
  '',
  'Download an image from a registry',
  '',
  'Aliases:',
  '  docker image pull, docker pull',
  '',
  'Options:',
  '  -a, --all-tags          Download all tagged images in the repository',
  '      --platform string   Set platform if server is multi-platform capable',
  '  -q, --quiet             Suppress verbose output',
);

const ctx = { containers: ['web', 'db'], images: ['busybox', 'nginx'] };

describe('docker images and docker pull', () => {
  it('docker images --help and docker image ls --help print the image list usage', () => {
    expect(help('docker images --help')).toBe(IMAGES_HELP);
    expect(verbHelp('images')).toBe(IMAGES_HELP);
    expect(help('docker image ls --help')).toBe(
      IMAGES_HELP.replace('docker images [OPTIONS]', 'docker image ls [OPTIONS]'),
    );
  });

  it('docker pull --help hides the deprecated --disable-content-trust', () => {
    expect(help('docker pull --help')).toBe(PULL_HELP);
    expect(help('docker image pull --help')).toBe(
      PULL_HELP.replace('docker pull [OPTIONS]', 'docker image pull [OPTIONS]'),
    );
  });

  it('Tab completes images, image ls and pull, and image names after pull', () => {
    expect(complete('docker ima', ctx).candidates).toEqual(['image', 'images']);
    expect(complete('docker image ', ctx).candidates).toEqual(['list', 'ls', 'pull']);
    expect(complete('docker pull ng', ctx).line).toBe('docker pull nginx ');
    expect(complete('docker images --d', ctx).line).toBe('docker images --digests ');
  });
});
