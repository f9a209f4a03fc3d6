/** A path on this site to go back or on to; anything else (another site, `//host`) becomes the start page. */
export function localPath(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) && !/[\r\n]/.test(value) ? value : fallback;
}
