/** A pool line ("<passkey> <endpoint> <query>") as the URL path one tracker expects. */
export function requestPath(style: 'passkey' | 'plain', line: string): string {
  const [passkey, endpoint, query] = line.split(' ');
  return style === 'passkey' ? `/${passkey}/${endpoint}?${query}` : `/${endpoint}?${query}`;
}
