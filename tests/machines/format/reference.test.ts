import { describe, expect, it } from 'vitest';
import { familiarImage } from '../../../machines/format/reference';

const DIGEST = 'sha256:a5a665ff33eced1e0803148700880edab4269067ed77e27737a708d0d293fbf5';

describe('the familiar image name docker ps shows (cases from formatter/container_test.go)', () => {
  it.each([
    ['ubuntu', 'ubuntu'],
    ['ubuntu:latest', 'ubuntu:latest'],
    ['docker.io/library/ubuntu', 'ubuntu'],
    ['docker.io/library/ubuntu:latest', 'ubuntu:latest'],
    [`ubuntu:latest@${DIGEST}`, 'ubuntu:latest'],
    [`ubuntu@${DIGEST}`, 'ubuntu'],
    [`docker.io/library/ubuntu@${DIGEST}`, 'ubuntu'],
    ['index.docker.io/library/nginx:1.27', 'nginx:1.27'],
    ['docker.io/bitnami/redis', 'bitnami/redis'],
    ['ghcr.io/org/app:v1', 'ghcr.io/org/app:v1'],
    ['localhost:5000/app', 'localhost:5000/app'],
  ])('%s is shown as %s', (ref, shown) => {
    expect(familiarImage(ref)).toBe(shown);
  });

  it('shows a reference that does not parse as given', () => {
    expect(familiarImage('Ubuntu')).toBe('Ubuntu');
  });
});
