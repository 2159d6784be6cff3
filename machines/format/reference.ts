/**
 * The "familiar" form of an image reference, as `docker ps` shows IMAGE when truncating
 * (docker/cli formatter/container.go Image → distribution/reference ParseNormalizedNamed +
 * FamiliarString): `docker.io/library/busybox:1.36` → `busybox:1.36`; a digest is dropped but
 * the tag kept. A reference that does not parse is shown as given.
 */

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const PATH = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const DOMAIN =
  /^(?:localhost|(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;

export function familiarImage(ref: string): string {
  if (/^[a-f0-9]{64}$/.test(ref)) return ref;
  let rest = ref;
  const at = rest.indexOf('@');
  if (at >= 0) {
    // A digest is dropped; the tag (if any) is kept.
    if (!DIGEST.test(rest.slice(at + 1))) return ref;
    rest = rest.slice(0, at);
  }
  // split the domain like splitDockerDomain
  let domain = 'docker.io';
  let remote = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const maybe = rest.slice(0, slash);
    if (maybe === 'localhost' || /[.:]/.test(maybe) || maybe.toLowerCase() !== maybe) {
      domain = maybe === 'index.docker.io' ? 'docker.io' : maybe;
      remote = rest.slice(slash + 1);
    }
  }
  let tag = '';
  const colon = remote.lastIndexOf(':');
  if (colon >= 0) {
    tag = remote.slice(colon + 1);
    remote = remote.slice(0, colon);
    if (!TAG.test(tag)) return ref;
  }
  if (!PATH.test(remote) || !DOMAIN.test(domain)) return ref;
  let name = remote;
  if (domain === 'docker.io') {
    if (name.startsWith('library/') && !name.slice('library/'.length).includes('/'))
      name = name.slice('library/'.length);
  } else {
    name = `${domain}/${name}`;
  }
  return tag === '' ? name : `${name}:${tag}`;
}

/**
 * reference.FamiliarName: the familiar form without tag or digest (`docker.io/library/busybox:1.36`
 * → `busybox`), as daemon/events/filter.go stripTag compares images. References reach the engine
 * only once they parse (create validates them), so the familiar form's last `:` is its tag.
 */
export function familiarName(ref: string): string {
  const familiar = familiarImage(ref);
  const colon = familiar.lastIndexOf(':');
  return colon > familiar.lastIndexOf('/') ? familiar.slice(0, colon) : familiar;
}
