/** The `cli` namespace (ja). Keys must match the other language's file. */
export const cli = {
  usageTitle: '使い方:',
  usageFooter:
    '終了コード: 0 準備完了または完了、1 準備が必要な項目あり、2 使い方または入力の誤り。各コマンドのオプションはコマンドの後に --help を付けると表示されます。',
  unknownCommand: '「{{name}}」というコマンドはありません。',
  badLang: '--lang には ja か en を指定してください（指定された値: 「{{value}}」）。',
  badOnly:
    '--only には system、network、bandwidth のいずれかを指定してください（指定された値: 「{{value}}」）。',
  badTimeout:
    '--timeout-ms には 100 から 120000 までのミリ秒を整数で指定してください（指定された値: 「{{value}}」）。',
  badIdle:
    '--idle には 1 から 600 までの秒数を整数で指定してください（指定された値: 「{{value}}」）。',
  badProxyUrl:
    '--proxy には http://proxy.example:8080 のような URL を指定してください（パスワードが必要なプロキシは http://user:pass@host:port）。',
  badProxyScheme:
    '--proxy には http:// で始まるプロキシの URL を指定してください（CONNECT は平文の HTTP で送ります）。「{{scheme}}」には対応していません。',
  proxyNoHost: '--proxy にはホスト名が必要です（例: http://proxy.example:8080）。',
  caUnreadable:
    '--ca のファイル {{file}} を読み込めません（{{why}}）。信頼する証明書を含む PEM ファイルを指定してください。',
  caNoSuchFile: 'そのファイルはありません',
  caNoPem:
    '--ca のファイル {{file}} に PEM 形式の証明書（「-----BEGIN CERTIFICATE-----」）がありません。社内のルート証明書を PEM（Base-64）形式で書き出して、もう一度お試しください。',
  caBroken:
    '--ca のファイル {{file}} に読み取れない証明書があります（{{count}} 件中 {{index}} 件目）。社内のルート証明書を PEM（Base-64）形式で書き出し直して、もう一度お試しください。',
  parse: {
    unknownOption: '{{option}} というオプションはありません。',
    unknownOptionPositional:
      '{{option}} というオプションはありません。- で始まる値を引数として渡すには、コマンドの最後に -- を付けてから書いてください（例: -- "{{option}}"）。',
    missingValue: 'オプション {{option}} には値を指定してください。',
    takesNoValue: 'オプション {{option}} には値を指定できません。',
    unexpectedArgument: 'このコマンドは引数（{{value}}）を受け付けません。',
  },
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
  offline:
    '準備が必要です。この PC はネットワークに接続されていないため、ほかの項目は確認できませんでした。',
  oneCause: '準備が必要です。必要な接続先（{{count}} 件）のすべてに共通する原因: {{cause}}。',
  oneCauseHosts: '接続先: {{hosts}}',
  badJoin: '--join: {{reason}}',
  badPublicRoots:
    'SESSION_PREP_PUBLIC_ROOTS に指定されたファイル {{file}} は{{why}}。公的なルート証明書の代わりにする証明書の PEM ファイルを指定するか、この変数を解除してください。',
  publicRootsUnreadable: '読み取れません',
  publicRootsNoPem: 'PEM 形式の証明書を含んでいません',
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
  progressIdle:
    '確認中… {{done}}/{{total}} 件完了、{{failed}} 件失敗  無通信のまま接続を保っています: {{held}} / {{of}} 秒',
  /** After the verdict on the summary's last line (issue 15). */
  nextStep: {
    join: '次の手順: サポート担当者から届く招待メールから、セッションに参加してください。',
    connect:
      '次の手順: この PC をネットワークに接続してから、session-prep check をもう一度実行してください。',
    askIt: '次の手順: 社内の IT 管理者に依頼してください — session-prep allowlist --format text',
    fixHere:
      '次の手順: 上の対処をこの PC で行ってから、session-prep check をもう一度実行してください。',
    checkAgain: '次の手順: session-prep check をもう一度実行してください。',
  },
} as const;
