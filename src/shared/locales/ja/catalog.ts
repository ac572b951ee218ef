/** The `catalog` namespace (ja): why a catalog file is refused. Keys must match en. */
export const catalog = {
  unreadable:
    'カタログ {{path}} を読み込めません: {{why}}。カタログの JSON ファイルのパスを指定してください。',
  why: {
    noFile: 'そのファイルはありません',
    denied: '読み取る権限がありません',
    folder: 'フォルダーです',
    tooBig: '1 MB を超えていて、カタログとしては大きすぎます',
  },
  notJson:
    'カタログ {{source}} は JSON として読み取れません（{{why}}）。ファイルを確認するか、--catalog を付けずに実行して組み込みのカタログを使ってください。',
  json: {
    near: '{{position}} 文字目付近に誤りがあります',
    ended: '途中で終わっています',
    unexpected: '予期しない文字「{{char}}」があります',
    broken: 'JSON の書き方になっていません',
  },
  invalid: 'カタログ {{source}} の内容が正しくありません:\n{{lines}}',
  more: '  …ほかに {{count}} 件',
  wholeFile: '（ファイル全体）',
  recommendedBelowMin: 'recommended は min 以上にしてください',
} as const;
