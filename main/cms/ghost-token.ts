import { createHmac } from 'node:crypto';

function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

/**
 * The Ghost Admin API token: an HS256 JWT whose `kid` is the key id, signed with the
 * hex-decoded secret, audience `/admin/`, valid for five minutes.
 */
export function ghostAdminToken(adminKey: string, now = Date.now()): string {
  const [id, secret] = adminKey.split(':');
  if (!id || !secret || !/^[0-9a-f]+$/i.test(secret))
    throw new Error(
      'A Ghost Admin API key looks like 6489…:7a3f… (an id, a colon and a hex secret).',
    );
  const iat = Math.floor(now / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: id }));
  const payload = base64url(JSON.stringify({ iat, exp: iat + 5 * 60, aud: '/admin/' }));
  const signature = createHmac('sha256', Buffer.from(secret, 'hex'))
    .update(`${header}.${payload}`)
    .digest('base64url');
  return `${header}.${payload}.${signature}`;
}
