import type { IncomingHttpHeaders } from 'node:http';
import { headerText } from '../network/header-text';

// RFC 9209 §2.3: the Proxy-Status errors that are about the way beyond the proxy (the destination, its
// DNS, its connection, its answer), not the proxy's own policy or configuration.
const UPSTREAM_ERRORS = new Set([
  'dns_timeout',
  'dns_error',
  'destination_not_found',
  'destination_unavailable',
  'destination_ip_unroutable',
  'connection_refused',
  'connection_terminated',
  'connection_timeout',
  'connection_read_timeout',
  'connection_write_timeout',
  'connection_limit_reached',
  'tls_protocol_error',
  'tls_certificate_error',
  'tls_alert_received',
  'http_response_incomplete',
  'http_response_header_section_size',
  'http_response_header_size',
  'http_response_body_size',
  'http_response_trailer_section_size',
  'http_response_trailer_size',
  'http_response_transfer_coding',
  'http_response_content_coding',
  'http_response_timeout',
  'http_upgrade_failed',
  'http_protocol_error',
]);

// Squid's own error pages (its X-Squid-Error header names them) that say the proxy could not reach the
// destination; ERR_ACCESS_DENIED and the like are its policy.
const SQUID_UPSTREAM =
  /^ERR_(CONNECT_FAIL|DNS_FAIL|READ_TIMEOUT|READ_ERROR|WRITE_ERROR|ZERO_SIZE_OBJECT|LIFETIME_EXP|SECURE_CONNECT_FAIL|CANNOT_FORWARD|FORWARDING_DENIED_NOT|GATEWAY_FAILURE|TOO_BIG_NOT)/;

/** What the proxy itself says went wrong: its error's name, and whether it is about the way beyond it. */
function proxyOwnError(
  headers: IncomingHttpHeaders,
): { name: string; isUpstream: boolean } | undefined {
  const squid = headerText(headers['x-squid-error']);
  if (squid) return { name: squid, isUpstream: SQUID_UPSTREAM.test(squid) };
  const status = headerText(headers['proxy-status']);
  const error = status && /(?:^|;)\s*error=("?)([\w-]+)\1/i.exec(status)?.[2];
  if (error) return { name: error, isUpstream: UPSTREAM_ERRORS.has(error.toLowerCase()) };
  return undefined;
}

/**
 * Whether a proxy's answer means it could not reach the destination (proxy_upstream_failed): a gateway
 * error (502, 504), a 503 the proxy marks as its own, or any answer carrying the proxy's own upstream
 * error. On a CONNECT every 502/503/504 is the proxy's: no tunnel exists yet to relay a vendor's answer.
 * A relayed 503 without such a mark is the vendor's own (http_server_error).
 */
export function upstreamFailure(
  status: number,
  headers: IncomingHttpHeaders,
  o: { isTunnel: boolean },
): { error?: string } | undefined {
  const own = proxyOwnError(headers);
  if (own && !own.isUpstream) return undefined;
  if (own?.isUpstream) return { error: own.name };
  if (status === 502 || status === 504 || (status === 503 && o.isTunnel)) return {};
  return undefined;
}
