/**
 * docker/go-units (vendored in docker/cli): HumanDuration (duration.go) and
 * HumanSizeWithPrecision (vendor/github.com/docker/go-units/size.go): decimal units
 * (B, kB, MB, GB…) and `%.*g`. `docker ps` uses precision 3 (formatter/container.go Size).
 */
import { formatG } from './strconv';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** go-units HumanSize: four significant digits (`docker container prune`'s reclaimed space). */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

export function humanSizeWithPrecision(size: number, precision: number): string {
  let s = size;
  let i = 0;
  while (s >= 1000 && i < UNITS.length - 1) {
    s /= 1000;
    i++;
  }
  return formatG(s, precision) + UNITS[i];
}

/**
 * go-units HumanDuration. Seconds and minutes are truncated (`int(d.Seconds())`), but hours are rounded
 * (`int(d.Hours() + 0.5)`), so 89 minutes is "About an hour" and 90 minutes is "2 hours".
 * Days, weeks and months come from the rounded hours; years from truncated hours.
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor((ms + 1800000) / 3600000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3600000) / 24 / 365)} years`;
}
