/**
 * `verdicts:causeFix`: a cause's fix for all of its hosts at once (issue 15), the verdict's own fix worded
 * with these phrases in place of its one host. Keys match en.
 */
export const causeFixVerdicts = {
  hostsListed_one: '{{list}}',
  hostsListed_other: '次の {{count}} 件の名前（{{list}}）',
  hostsAbove_one: '{{list}}',
  hostsAbove_other: '上記の {{count}} 件の名前',
  listSeparator: '、',
  portSeparator: '、',
  /** Its own fix says `{{host}}:{{port}}`, which does not take a list. */
  tcp_reset:
    '{{host}} のポート {{port}} への接続をファイアウォールや侵入防止機能が切断していないか、社内の IT 管理者にご確認ください。',
} as const;
