/** The `cli` namespace (ja). Keys must match the other language's file. */
export const cli = {
  usageTitle: '使い方:',
  usageFooter:
    '終了コード: 0 準備完了または完了、1 準備が必要な項目あり、2 使い方または入力の誤り。各コマンドのオプションはコマンドの後に --help を付けると表示されます。',
  unknownCommand: '「{{name}}」というコマンドはありません。',
  badLang: '--lang には ja か en を指定してください（指定された値: 「{{value}}」）。',
  badOnly:
    '--only には system、network、bandwidth のいずれかを指定してください（指定された値: 「{{value}}」）。',
  badReportExtension: 'レポートのファイル名 {{file}} は .json か .html で終わる必要があります。',
  internalError:
    'Session Prep の内部で問題が発生しました。もう一度実行してください。再び発生する場合は、SESSION_PREP_DEBUG=1 を設定して実行し、その出力をサポート担当者にお送りください。',
  progress: '確認中… {{done}}/{{total}} 件完了、{{failed}} 件失敗  {{current}}',
  summaryTitle: 'Session Prep — {{name}} の準備状況',
  proxyLine: '接続方法: {{proxy}}（設定元: {{source}}）',
  directLine: '接続方法: プロキシの設定はなく、直接接続しています。',
  proxySource: {
    flag: '--proxy の指定',
    env: '環境変数 HTTPS_PROXY/HTTP_PROXY',
    system: 'この PC のプロキシ設定',
    pac: 'この PC のプロキシ自動構成スクリプト（PAC）',
    chromium: 'ブラウザーのプロキシ設定',
  },
  direct: 'プロキシを使わず直接接続',
  ready: 'このPCはリモートセッションの準備ができています。',
  notReady_one: '準備が必要な項目があります（{{count}} 件）。',
  notReady_other: '準備が必要な項目があります（{{count}} 件）。',
  cancelled: '確認を中止しました。終わっていない項目があります。',
  problems: '対応が必要な項目',
  causeCount: '（{{count}} 件）',
  warnings: '確認をおすすめする項目',
  counts: '{{total}} 件中 {{passed}} 件が正常、{{skipped}} 件は未実施（{{seconds}} 秒）。',
  webRunning:
    'Session Prep をブラウザーで開いています。使い終わるまでこのウィンドウは閉じないでください。終了するには Ctrl+C を押してください。',
  webOpenYourself: '上のアドレスを Web ブラウザー（Chrome、Edge、Firefox など）で開いてください。',
  webBadPort:
    '--port には 0 から 65535 までの整数を指定してください（0 は空いているポート）。指定された値: 「{{value}}」',
  electronMissing:
    'この環境ではデスクトップアプリを起動できないため（Electron の実行ファイルまたは画面がありません）、代わりに Web ブラウザーで開きます。',
} as const;
