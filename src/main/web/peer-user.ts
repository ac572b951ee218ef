import { readFile } from 'node:fs/promises';

/**
 * The user id that owns the other end of a loopback TCP connection to us, on Linux: the client's socket
 * is in /proc/net/tcp (or tcp6) with its local address and port, and its owner's uid. Undefined where it
 * cannot be told (another OS, no /proc). Browser mode trusts a connection only from its own user (issue
 * 14: the launch address was readable by other users in the process list).
 */
export async function peerUid(
  remote: { address: string | undefined; port: number | undefined },
  ourPort: number,
  procNet = '/proc/net',
): Promise<number | undefined> {
  if (process.platform !== 'linux' || remote.port === undefined) return undefined;
  const ourHex = hexPort(ourPort);
  const theirHex = hexPort(remote.port);
  for (const file of ['tcp', 'tcp6']) {
    const text = await readFile(`${procNet}/${file}`, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid …
      const cols = line.trim().split(/\s+/);
      const [, local, rem, , , , , uid] = cols;
      if (!local || !rem || uid === undefined) continue;
      if (local.endsWith(`:${theirHex}`) && rem.endsWith(`:${ourHex}`) && isLoopback(local))
        return Number(uid);
    }
  }
  return undefined;
}

function hexPort(port: number): string {
  return port.toString(16).toUpperCase().padStart(4, '0');
}

/** 127.x.x.x (little-endian hex: …7F) or ::1 / ::ffff:127.x.x.x in tcp6. */
function isLoopback(address: string): boolean {
  const host = address.split(':')[0] ?? '';
  if (host.length === 8) return host.endsWith('7F');
  return (
    host === '00000000000000000000000001000000' || /^0000000000000000FFFF0000..\w{4}7F$/.test(host)
  );
}
