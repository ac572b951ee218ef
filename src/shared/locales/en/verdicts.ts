import { bandwidthVerdicts } from './verdicts-bandwidth';
import { causeFixVerdicts } from './verdicts-cause-fix';
import { interceptionVerdicts } from './verdicts-interception';

/** The `verdicts` namespace (en). Keys must match the other language's file. */
export const verdicts = {
  bandwidth: bandwidthVerdicts,
  interception: interceptionVerdicts,
  ok: {
    connectivityNoRoute: 'no route of its own; the checks go through the proxy {{proxy}}',
    connectivity:
      'This PC is connected to a network (a route out over {{routes}}; DNS servers: {{dnsServers}}).',
    websocketAnswered:
      '{{host}}:{{port}} answered the WebSocket request with HTTP {{status}} over an end-to-end encrypted connection: the way to the vendor is open, as nothing on the network can read or change that request. The session itself gets its WebSocket address when it starts, so this answer to a fixed test address is expected.',
    dns: '{{host}} resolves to {{addresses}}.',
    tcp: 'Connected to {{host}} on port {{port}}.',
    tcpViaProxy: 'Connected to {{host}} on port {{port}} through the proxy {{proxy}}.',
    tcpToProxy:
      'Reached the proxy {{proxy}} for {{host}}:{{port}}; only the answer to the HTTP request proves the way to {{host}}.',
    tls: 'Secure connection to {{host}}:{{port}}; the certificate is issued by {{issuer}}.',
    websocket: 'The WebSocket connection to {{host}}:{{port}} opened.',
    http: 'Port {{port}} of {{host}} answers (HTTP {{status}}).',
    httpRedirect: "Port {{port}} of {{host}} redirects to the vendor's address {{location}}.",
    httpViaProxy:
      'Port {{port}} of {{host}} answered through the proxy {{proxy}} (HTTP {{status}}).',
    proxy: 'The proxy {{proxy}} answers.',
    bandwidth:
      'Download speed {{rateKbps}} kbps: enough for the session (recommended {{recommended}} kbps).',
    idle: 'The connection to {{host}}:{{port}} still carried data after {{seconds}} s without traffic.',
    idleWebSocket:
      'The WebSocket connection to {{host}}:{{port}} still answered (ping and pong) after {{seconds}} s without traffic.',
    idleTlsInstead:
      'No WebSocket opened at {{host}}:{{port}} (HTTP {{status}}), so a secure connection was held instead: it still carried data after {{seconds}} s without traffic.',
    chromium:
      'This browser reached {{host}}:{{port}} with its own proxy and certificate settings (TLS and HTTP answered).',
    chromiumWebsocket:
      'This browser reached {{host}}:{{port}} with its own proxy and certificate settings: TLS and HTTP answered, and the WebSocket opened.',
    chromiumSession:
      "The app's Chromium reached {{host}}:{{port}} with the system's proxy and certificate settings (TLS and HTTP answered).",
  },
  dns_not_found: {
    message: "The name {{host}} does not exist for this PC's DNS.",
    fix: 'Check the network connection; if it works, ask your IT department why their DNS does not know {{host}}.',
  },
  dns_timeout: {
    message: 'No DNS server answered for {{host}} in time.',
    fix: 'Check that the PC is connected to the network and that its DNS server is reachable; then try again.',
  },
  dns_failed: {
    message: 'The DNS server answered for {{host}} with a failure.',
    fix: 'Ask your IT department to check the DNS server, or whether it refuses names like {{host}}.',
    refused: 'The DNS server refused to answer for {{host}}.',
    serverFailure:
      'The DNS server could not answer for {{host}}: it reported a failure of its own.',
  },
  dns_blocked: {
    message:
      'DNS answers {{host}} with {{addresses}}, an address that leads nowhere: a filter blocks the name.',
    fix: 'Ask your IT department to allow {{host}} in their DNS filter (or remove it from the hosts file).',
  },
  tcp_timeout: {
    message:
      'No answer from {{host}} on port {{port}} within {{timeoutMs}} ms: a firewall probably drops the traffic.',
    viaProxy:
      'The proxy {{proxy}} did not open a connection to {{host}}:{{port}} within {{timeoutMs}} ms: the destination does not answer the proxy.',
    noHttpAnswer:
      '{{host}} accepted the connection on port {{port}} but sent no HTTP answer within {{timeoutMs}} ms.',
    fix: 'Ask your IT department to allow outgoing connections to {{host}} on port {{port}}.',
  },
  tcp_refused: {
    message:
      'The connection to {{host}} on port {{port}} was refused: a firewall rejects it, or nothing listens there.',
    fix: 'Ask your IT department to allow outgoing connections to {{host}} on port {{port}}.',
  },
  tcp_reset: {
    message: 'The connection to {{host}} on port {{port}} was cut right after it opened.',
    duringTls:
      'The connection to {{host}} on port {{port}} was cut during the secure handshake: a firewall or filter probably ends it.',
    duringHttp: 'The connection to {{host}} on port {{port}} was cut before an HTTP answer.',
    closedHttp: '{{host}} closed the connection on port {{port}} without an HTTP answer.',
    fix: 'Ask your IT department whether a firewall or intrusion filter cuts connections to {{host}}:{{port}}.',
  },
  tcp_unreachable: {
    message: 'There is no route to {{host}} on port {{port}}.',
    fix: 'Check the network connection and the router; if other sites work, ask your IT department about the route to {{host}}.',
  },
  local_blocked: {
    message: 'This PC itself blocked the connection to {{host}} on port {{port}}.',
    fix: "Allow the connection in the PC's firewall or security software (for example Windows Defender Firewall), then try again.",
  },
  tls_untrusted: {
    message: 'The certificate of {{host}}:{{port}} is not trusted; it is issued by {{issuer}}.',
    byProduct:
      'The certificate of {{host}}:{{port}} comes from {{product}} (issuer {{issuer}}), whose root this PC does not trust: {{product}} decrypts the connection, but its root certificate is not installed here.',
    fix: 'If your company inspects secure traffic, run again with its root certificate (--ca); otherwise ask your IT department about the device that presents this certificate.',
    fixByProduct:
      "Ask your IT department to add the {{vendor}} domains to {{product}}'s SSL inspection bypass ({{bypass}}), or to install {{product}}'s root certificate on this PC.",
  },
  tls_intercepted: {
    message:
      'An SSL-inspection device (issuer {{issuer}}) is decrypting the connection to {{host}}:{{port}}: the certificate chain ends at {{root}}, a root this PC trusts but that is not a public certificate authority.',
    byProduct:
      '{{product}} is decrypting the connection to {{host}}:{{port}}: the certificate is issued by {{issuer}} under the root {{root}}, which this PC trusts but which is not a public certificate authority.',
    onPc: '{{product}} on this PC is decrypting the connection to {{host}}:{{port}} (HTTPS scanning): the certificate is issued by {{issuer}} under its own root {{root}}.',
    fix: 'Ask your IT department to exclude the {{vendor}} domains from SSL inspection on the device whose certificate is issued by {{issuer}}.',
    fixByProduct:
      "Ask your IT department to add the {{vendor}} domains to {{product}}'s SSL inspection bypass ({{bypass}}).",
    fixOnPc:
      'In {{product}} on this PC, exclude the {{vendor}} domains from HTTPS scanning ({{bypass}}), or ask your IT department.',
  },
  tls_failed: {
    message: 'The secure connection to {{host}}:{{port}} failed.',
    timeout:
      '{{host}}:{{port}} accepted the connection but did not answer the secure handshake within {{timeoutMs}} ms.',
    fix: 'Ask your IT department whether a firewall or proxy interferes with secure connections to {{host}}.',
  },
  tls_name_mismatch: {
    message:
      'The certificate presented for {{host}}:{{port}} belongs to another name ({{subject}}): a login page or a wrong DNS answer took the connection.',
    fix: 'If a Wi-Fi login page is open, sign in first; otherwise ask your IT department to check DNS for {{host}}.',
  },
  tls_clock_skew: {
    message:
      "The certificate of {{host}}:{{port}} is valid only from {{validFrom}} to {{validTo}}, which does not include this PC's date and time.",
    fix: "Check this PC's date, time and time zone first, then try again.",
  },
  ws_rejected: {
    message:
      'The WebSocket connection to {{host}}:{{port}} was answered with HTTP {{status}} instead of being switched over (101): a proxy or filter does not let it through.',
    byDevice:
      'The WebSocket request to {{host}}:{{port}} was answered by {{device}} with HTTP {{status}} instead of being passed on to the vendor: it decrypts the connection and does not let WebSocket connections (Upgrade) through.',
    fix: 'Ask your IT department to allow WebSocket connections (Upgrade) to {{host}}.',
    fixByDevice:
      'Ask your IT department to let WebSocket connections (Upgrade) to {{host}} through {{device}}, or to exclude the {{vendor}} domains from its SSL inspection.',
  },
  ws_failed: {
    message: 'The WebSocket connection to {{host}}:{{port}} got no answer.',
    timeout: 'The WebSocket connection to {{host}}:{{port}} got no answer within {{timeoutMs}} ms.',
    fix: 'Ask your IT department whether a proxy or filter holds WebSocket connections to {{host}}.',
  },
  proxy_auth_required: {
    message:
      'The proxy {{proxy}} asks for a user name and password (HTTP 407) for {{host}}:{{port}}.',
    fix: "Give the proxy's user name and password in the proxy address (http://user:password@host:port), or ask your IT department.",
  },
  proxy_refused: {
    message: 'The proxy {{proxy}} refused the connection to {{host}}:{{port}} (HTTP {{status}}).',
    closed:
      'The proxy {{proxy}} closed the request for {{host}}:{{port}} without an answer ({{status}}).',
    fix: 'Ask your IT department to allow {{host}} on port {{port}} in the proxy.',
  },
  proxy_unreachable: {
    message: 'The proxy {{proxy}} cannot be reached.',
    fix: 'Check the proxy address in the settings (or --proxy); ask your IT department for the right one.',
  },
  http_blocked: {
    message:
      'Port {{port}} of {{host}} answered HTTP {{status}} from something other than the vendor: the address is blocked.',
    redirect:
      "Port {{port}} of {{host}} redirects to {{location}}, outside the vendor's addresses: a filter or login page intercepts it.",
    fix: 'Ask your IT department to allow {{host}} on port {{port}} in the web filter.',
  },
  http_server_error: {
    message: 'Port {{port}} of {{host}} answered with a server error (HTTP {{status}}).',
    fix: 'Usually temporary: try again in a few minutes; if it stays, tell your support contact.',
  },
  pac_failed: {
    message: 'The proxy for {{host}} could not be determined: the automatic setup script failed.',
    fix: 'Check the automatic proxy setup script address in the proxy settings, or ask your IT department.',
  },
  offline: {
    message: 'This PC is not connected to a network.',
    noRoute:
      'This PC is not connected to a network: it has no route out (no default route for IPv4 or IPv6).',
    noInterface: 'This PC is not connected to a network: no network adapter has an address.',
    osDisconnected:
      'This PC is not connected to a network: {{source}} reports it as disconnected ({{state}}).',
    fix: 'Connect the PC to the network (plug in the network cable, or join the Wi-Fi), then check again.',
  },
  no_dns_server: {
    message: 'This PC has no DNS server configured, so it cannot look up any name.',
    fix: 'Reconnect to the network so that it hands out a DNS server, or enter one in the network settings; then check again. On a company network, ask your IT department which DNS server to use.',
  },
  proxy_upstream_failed: {
    message:
      'The proxy {{proxy}} answered, but it could not reach {{host}}:{{port}} (HTTP {{status}}).',
    named:
      'The proxy {{proxy}} answered, but it could not reach {{host}}:{{port}} (HTTP {{status}}); the error the proxy named is in the details for support.',
    fix: "Ask your IT department to check the way beyond the proxy: its own connection to {{host}} on port {{port}} (a firewall or route behind it), not the proxy's rules.",
  },
  idle_cut: {
    message:
      'The connection to {{host}}:{{port}} was cut after {{seconds}} s without traffic (a reset on the way).',
    closed:
      'The connection to {{host}}:{{port}} was closed by the far end (a proxy or firewall) after {{seconds}} s without traffic.',
    silence:
      'The connection to {{host}}:{{port}} no longer answered after {{seconds}} s without traffic: a device on the way dropped it silently.',
    fix: 'Ask your IT department to keep idle connections to {{host}}, secure connections and WebSocket connections alike, open for at least 10 minutes: raise the idle timeout of the proxy or firewall (for example Squid read_timeout / client_idle_pconn_timeout, nginx proxy_read_timeout, a firewall session idle timeout, a cloud gateway such as Cloudflare Gateway that cuts after 270 s) or exempt the host, and let TCP keep-alive and WebSocket pings through it.',
    closedWebSocket:
      'The WebSocket connection to {{host}}:{{port}} was closed from the far end (a proxy or firewall) after {{seconds}} s without traffic (close code {{closeCode}}).',
  },
  chromium_failed: {
    message: 'This browser could not reach {{host}}:{{port}}.',
    websocket: 'This browser reached {{host}}:{{port}}, but its WebSocket there did not open.',
    session: "The app's Chromium could not reach {{host}}:{{port}}.",
    fix: "Joining from this browser may fail: ask your IT department to check the browser's proxy settings (or its automatic proxy setup script) and SSL inspection for {{host}}, or join with the app.",
  },
  below_recommended: {
    message:
      'Download speed {{rateKbps}} kbps: enough, but below the recommended {{recommended}} kbps.',
    fix: 'Close downloads and video streams during the session, or use a faster connection.',
  },
  below_minimum: {
    message: 'Download speed {{rateKbps}} kbps: below the minimum of {{min}} kbps.',
    fix: 'Use a faster network connection (a cable instead of Wi-Fi helps), then try again.',
  },
  unmeasured: {
    message: 'The download speed could not be measured ({{reason}}).',
    fix: "Check the connection to the vendor's addresses first, then try again.",
  },
  skipped: {
    message: 'Not tested: {{reason}}',
  },
  cancelled: {
    message: 'Not finished: the check was cancelled.',
  },
  reasons: {
    dns: 'the name {{host}} could not be resolved.',
    tcp: 'the connection to {{host}}:{{port}} failed.',
    tls: 'the secure connection to {{host}}:{{port}} failed.',
    pac: 'the proxy for {{host}} could not be determined.',
    offline: 'this PC is not connected to a network.',
    no_dns_server: 'this PC has no DNS server configured.',
  },
  /** The run's `notTested` lines for the hosts of another data centre (issue 12). */
  scope: {
    otherRegion:
      '{{host}}: not checked; it belongs to the {{region}} data centre, and this check covers {{selected}} ({{why}}). --all-regions checks every data centre.',
    fromInvitation: 'the data centre of the invitation',
    byDefault: 'the default data centre',
  },
  /** How the OS names its own connectivity state in the offline message. */
  osSource: {
    'windows-profile': "Windows' network profile",
    networkmanager: 'NetworkManager',
    'macos-nwi': 'macOS',
  },
  notes: {
    behindProxy: 'The proxy resolves names itself, so the checks go on through it.',
    optional: 'This address is optional, so this is only a warning.',
  },
  /** Added (issue 17): how the browser's outcome reads in detail and evidence, and when the two stacks disagree. */
  chromium: {
    browserOnlyDirect:
      "The browser reaches {{host}}:{{port}} through its own proxy setting (or automatic proxy setup script); the app's connections go direct and are dropped: the agent needs the proxy setting.",
    browserOnlyProxy:
      "The browser reaches {{host}}:{{port}}, but the app's connections through {{proxy}} fail: the browser goes another way (its own proxy setting or automatic proxy setup script), and the agent needs the same setting.",
    appOnly:
      "The app reaches {{host}}:{{port}}, but the browser does not: the browser's proxy setting, its automatic proxy setup script or its certificate check blocks it. Joining from the browser will fail; the app will work.",
    heading: 'The browser and the app disagree',
  },
  causeFix: causeFixVerdicts,
} as const;
