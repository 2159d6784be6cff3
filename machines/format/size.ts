/**
 * go-units HumanSizeWithPrecision (vendor/github.com/docker/go-units/size.go): decimal units
 * (B, kB, MB, GB…) and `%.*g`. `docker ps` uses precision 3 (formatter/container.go Size).
 */
import { formatG } from './gostrconv';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

export function humanSizeWithPrecision(size: number, precision: number): string {
  let s = size;
  let i = 0;
  while (s >= 1000 && i < UNITS.length - 1) {
    s /= 1000;
    i++;
  }
  return formatG(s, precision) + UNITS[i];
}
