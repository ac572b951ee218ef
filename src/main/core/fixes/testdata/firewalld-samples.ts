// No verbatim firewall-cmd captures exist in /work/shared/fixtures: these samples are written by hand in the
// layout firewall-cmd(1) prints. `--info-policy`: the name (with "(active)"), two-space "key: value" lines, and
// the rich rules one per line, indented further, under "rich rules:". `--direct --get-all-rules`: firewall-cmd
// prints "%s %s %s %d %s" % (ipv, table, chain, priority, joinArgs(args)) per rule (src/firewall-cmd.in).
export const INFO_POLICY_BLOCKING = [
  'block-out (active)',
  '  priority: -1',
  '  target: DROP',
  '  ingress-zones: HOST',
  '  egress-zones: ANY',
  '  services: dns',
  '  ports: 22/tcp 8000-8010/tcp 53/udp',
  '  protocols: ',
  '  masquerade: no',
  '  forward-ports: ',
  '  source-ports: ',
  '  icmp-blocks: ',
  '  rich rules: ',
  '\trule family="ipv6" destination address="fd00::1" port port="8443" protocol="tcp" accept',
  '\trule port port="80" protocol="tcp" accept',
  '',
].join('\n');

export const INFO_POLICY_OPEN = [
  'allow-host-ipv6 (active)',
  '  priority: -15000',
  '  target: CONTINUE',
  '  ingress-zones: ANY',
  '  egress-zones: HOST',
  '  services: ',
  '  ports: ',
  '  protocols: ',
  '  masquerade: no',
  '  forward-ports: ',
  '  source-ports: ',
  '  icmp-blocks: ',
  '  rich rules: ',
  '        rule family="ipv6" icmp-type name="neighbour-advertisement" accept',
  '',
].join('\n');

export const DIRECT_RULES = ['ipv4 filter OUTPUT 0 -p tcp --dport 443 -j DROP', 'ipv4 filter INPUT 0 -p tcp --dport 22 -j ACCEPT', 'ipv6 filter OUTPUT -5 -j REJECT', ''].join('\n');
