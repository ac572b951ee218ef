/**
 * `verdicts:interception`: who decrypts a connection, and each product's own exemption, in its own terms
 * (shared/research/interception-products.md). Keys match ja.
 */
export const interceptionVerdicts = {
  /** How a device that no pattern names is called inside a sentence. */
  unknownDevice: 'an SSL-inspection device (issuer {{issuer}})',
  /** A proxy named only by its answer's headers (Via, Server). */
  proxyDevice: 'the proxy {{name}}',
  /** What to ask for when the product's own term is not known. */
  genericBypass: 'an exception that skips SSL inspection (decryption) for these domains',
  bypass: {
    zscaler: 'an SSL Inspection rule with the action "Do Not Inspect" (an SSL bypass)',
    netskope:
      'an SSL Decryption policy with the action "Do Not Decrypt", or a Steering Exception for "Certificate Pinned Applications"',
    'cisco-umbrella':
      'the Selective Decryption List (in Cisco Secure Access: the Do Not Decrypt List)',
    'cloudflare-gateway': 'an HTTP policy with the action "Do Not Inspect"',
    'palo-alto':
      'a Decryption Exclusion (the SSL Decryption Exclusion list), or a decryption rule that does not decrypt',
    fortinet:
      'the SSL exemptions of the SSL/SSH inspection profile ("Servers to exempt from SSL inspection")',
    sophos:
      'an SSL/TLS inspection rule with the action "Don\'t decrypt", or the SSL/TLS exclusion list',
    'check-point': 'an HTTPS Inspection rule with the action "Bypass"',
    forcepoint:
      'the Bypass Domains of the connection policy (on the NGFW: an HTTPS Inspection Exception)',
    symantec:
      'selective SSL interception: a rule in the SSL Intercept layer that does not intercept these hosts (WSS: exclude them from SSL interception)',
    trellix: 'the bypass list of the "SSL Scanner" rule set',
    iboss: 'an exception that skips SSL decryption for these domains',
    menlo: 'an exception that skips SSL inspection for these domains',
    barracuda:
      'an exception in the TLS Inspection policy (Content Shield: an Exemption Policy for these domains)',
    sonicwall: 'an exception that skips SSL decryption for these domains',
    smoothwall: 'an exception that skips SSL decryption for these domains',
    cyberoam: 'an exception that skips SSL decryption for these domains',
    contentkeeper: 'an exception that skips SSL decryption for these domains',
    'trend-micro': 'the HTTPS Inspection exception list',
    eset: 'the SSL/TLS "List of known certificates" with the scan action "Ignore", or "Excluded applications" / "Excluded IPs" under Web access protection',
    kaspersky: 'the exclusions of "Encrypted connections scan" (trusted addresses)',
    avast: 'Web Shield\'s "HTTPS scanning" (a site exception, or switching it off)',
    avg: 'Web Shield\'s "HTTPS scanning" (a site exception, or switching it off)',
    norton: 'Web Shield\'s "HTTPS scanning" (a site exception, or switching it off)',
    bitdefender:
      'the exclusions of "Scan HTTPS" (Intercept Encrypted Traffic) in Network Protection',
    adguard: 'an exception that skips SSL decryption for these domains',
    drweb: 'an exception that skips SSL decryption for these domains',
  },
} as const;
