/** The `api` namespace (ja): refusals of the method table's front doors. Keys must match en. */
export const api = {
  dispatch: {
    unknownMethod: '{{name}} という操作はありません。',
    badParams: '{{method}} に渡された値が正しくありません。',
    internal:
      'Session Prep の内部で問題が発生しました。もう一度お試しください。再び発生する場合は、レポートをサポート担当者にお送りください。',
    runBusy: 'ID {{runId}} の確認はすでに実行中です。終わるまで待つか、先に中止してください。',
  },
  client: {
    unreachable:
      'Session Prep に接続できませんでした（{{why}}）。ページを再読み込みするか、Session Prep を起動し直してください。',
    badReply:
      '{{method}} の応答が、このページの想定と一致しませんでした。Session Prep を起動し直してください。再び発生する場合は、サポート担当者にお知らせください。',
    lost: 'Session Prep との接続が切れました。Session Prep のウィンドウが開いたままか確認してから、ページを再読み込みしてください。',
  },
  bridge: {
    notJson: 'メッセージが JSON ではありません。{"id", "method", "params"} の形で送ってください。',
    notCall:
      'メッセージが呼び出しの形になっていません。{"id": 整数, "method": 名前, "params": オブジェクト} の形で送ってください。',
    binary: 'バイナリのメッセージは扱えません。JSON のテキストで送ってください。',
    internal: 'Session Prep の内部で問題が発生しました。ページを再読み込みしてください。',
    badSender: 'この操作は Session Prep のウィンドウからのみ行えます。',
  },
  web: {
    foreignHost:
      'このアドレスはここでは提供していません（Host が異なります）。Session Prep が表示した、http://127.0.0.1 で始まるアドレスを開いてください。',
    foreignOrigin:
      'ほかのページからの要求はお断りしています（Origin が異なります）。Session Prep が表示したアドレスを、新しいタブで開いてください。',
    foreignSite:
      'ほかのサイトからの要求はお断りしています。Session Prep が表示したアドレスを、新しいタブで開いてください。',
    launchUsed:
      'このアドレスは、別のウィンドウやブラウザーで Session Prep を開くのにすでに使われています。そのウィンドウに戻ってください。または Session Prep を止めて（Ctrl+C）もう一度起動し、新しいアドレスを使ってください。',
    wrongLaunch:
      'このアドレスは Session Prep が表示したものではありません。Session Prep が表示したアドレスを開いてください。',
    needSession:
      'このページは Session Prep につながっていません。Session Prep が表示したアドレスを開いてください。すでに使ったアドレスなら、Session Prep を止めて（Ctrl+C）もう一度起動してください。',
    otherUser:
      'Session Prep は、起動したユーザーにだけ応答します。ご自身で Session Prep を起動し、表示されたアドレスを開いてください。',
    tooMany:
      '接続が多すぎます。ほかの Session Prep のタブを閉じて、このページを再読み込みしてください。',
    onlyPost: 'ここで受け付けるのは POST だけです。',
    noWebSocket: 'ここには WebSocket の接続先はありません。',
    badAddress: 'アドレスが正しくありません。Session Prep が表示したアドレスを開いてください。',
    onlyGet: 'ここでは GET の要求だけを受け付けています。',
    notFound: '見つかりません。Session Prep が表示したアドレスを開いてください。',
    internal: 'Session Prep の内部で問題が発生しました。ページを再読み込みしてください。',
    portInUse:
      'ポート {{port}} はすでに使われています。別の --port を指定するか、指定せずに空いているポートを使ってください。',
    portForbidden:
      'ポート {{port}} はこのユーザーでは使えません。1024 より大きい番号のポートを指定してください。',
    notBuilt:
      'ウィザードがビルドされておらず、そのソースもありません（{{folder}}）。Session Prep をインストールし直してください。',
    buildFailed:
      'ウィザードのビルドに失敗しました（{{why}}）。エラーの全文は `npm run build` を実行すると確認できます。',
    builtNothing:
      'Vite のビルドで {{file}} ができませんでした。vite.config.ts を確認してください。',
    /** Added (issue 15): the heading shown instead of the wizard when browser mode refused the page. */
    pageRefused: 'ここからは Session Prep を開けません',
  },
  chromium: {
    noRun:
      'ブラウザーの結果を追加する完了済みの実行 {{runId}} がありません。先にチェックを実行してください。',
    unknownTargets:
      '次のホストは実行 {{runId}} の対象ではありません: {{targets}}。chromium.targets が示すホストだけを報告してください。',
    notWeb:
      'ブラウザーの結果を報告できるのはブラウザー モードのページだけです。アプリは自身のセッションで確認します。',
  },
} as const;
