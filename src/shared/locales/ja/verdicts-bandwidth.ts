/** `verdicts:bandwidth`: why a speed could not be measured (the `unmeasured` message's {{reason}}). Keys match en. */
export const bandwidthVerdicts = {
  reason: {
    pac: 'プロキシ スクリプト（PAC）を使用できませんでした',
    proxy: 'プロキシが {{host}} への接続を開きませんでした: {{status}}',
    connect: '{{host}} からのダウンロードに失敗しました',
    http: '{{host}} がファイルの代わりに HTTP {{status}} を返しました',
    timeout: '{{host}} から {{seconds}} 秒以内に応答がありませんでした',
    tooLittle: '{{host}} から届いたデータが少なすぎました: {{seconds}} 秒で {{bytes}} バイト',
  },
} as const;
