/** The `cleanup` namespace (ja). Keys must match the other language's file. */
export const cleanup = {
  kind: {
    process: '実行中のプログラム {{name}}（プロセス {{pid}}）',
    folder: 'フォルダー「{{name}}」',
    service: 'Windows サービス「{{name}}」',
    uninstall_entry: 'インストールされているアプリ「{{name}}」',
    url_handler: 'ブラウザーからの起動設定「{{name}}」',
    launch_agent: 'バックグラウンド エージェント {{name}}',
    package: 'パッケージ {{name}}',
    unit: 'バックグラウンド サービス {{name}}',
    our_change: 'Session Prep が行った変更: {{name}}',
  },
  blocker: {
    needs_admin:
      '削除には管理者権限が必要です。社内の IT 管理者に依頼するか、ベンダーのアンインストーラーを実行してください。',
    no_uninstaller:
      'このアプリにはアンインストーラーが登録されていません。設定 → アプリ → インストールされているアプリ から削除してください。',
    uninstaller_outside:
      '登録されているアンインストーラーがアプリのフォルダー外にあるため、Session Prep は実行しません。設定 → アプリ → インストールされているアプリ から削除してください。',
    runs_elsewhere:
      'このプログラムはアプリと同じ名前ですが別のフォルダーから実行されているため、Session Prep は終了しません。リモートサポート用アプリであれば、ご自身で閉じてください。',
    asksAdmin: '管理者権限の確認（ユーザー アカウント制御など）が表示されます。',
    other_user:
      'このプログラムはアプリのフォルダーから実行されていますが、別のユーザーのものなので、Session Prep は終了しません。そのユーザーか社内の IT 管理者に閉じるよう依頼してください。',
    path_hidden:
      'このプログラムはアプリと同じ名前ですが、どこから実行されているかこのパソコンでは分からないため、Session Prep は終了しません。リモートサポート用アプリであれば、ご自身で閉じてください。',
  },
  refusal: {
    unknown_variable:
      '変更しません: カタログのパス {{raw}} には、このパソコンにない変数が使われています。',
    dot_segments: '変更しません: カタログのパス {{raw}} に「..」が含まれています。',
    not_absolute: '変更しません: カタログのパス {{raw}} は完全なパスではありません。',
    outside_allowed:
      '変更しません: {{raw}} はユーザー フォルダーやプログラムのフォルダーの中にありません。',
    symlink: '変更しません: {{raw}} はアプリ自身のフォルダーではなく、別の場所へのリンクです。',
    points_outside:
      '変更しません: {{raw}} はユーザー フォルダーやプログラムのフォルダーの外につながっています。',
    unreadable:
      '変更しません: カタログのパス {{raw}} を確認できません（名前が長すぎる、リンクが循環している、または権限がありません）。',
  },
  outcome: {
    stopped: '終了しました: {{label}}',
    stillRunning: 'まだ実行中です: {{label}}。ご自身で閉じるか、パソコンを再起動してください。',
    trashed: 'ごみ箱に移動しました: {{label}}',
    trashFailed: 'ごみ箱に移動できませんでした: {{label}}（{{why}}）。何も削除していません。',
    trashNeedsAdmin:
      'ごみ箱に移動できませんでした: {{label}}。管理者のものなので、社内の IT 管理者に削除を依頼してください。何も削除していません。',
    commandDone: '削除しました: {{label}}',
    commandFailed: '削除できませんでした: {{label}}（{{why}}）',
    notRemovable: 'そのままにしています: {{label}}。{{why}}',
    alreadyGone: '見つからなくなりました。何もしていません。',
    changedSinceScan:
      '移動しません: {{label}} は見つけたときのフォルダーではなくなっています（途中に別のものが置かれました）。何も移動していません。もう一度確認してください。',
  },
  cli: {
    scanning: 'リモートサポート用アプリの残りを探しています…',
    nothing:
      'リモートサポート用アプリの残りは見つかりませんでした。Session Prep が元に戻す変更もありません。',
    found: '見つかったもの:',
    refusedTitle: '安全のため変更しないもの:',
    prompt: 'これら {{count}} 件を削除しますか？ フォルダーはごみ箱に移動します。[y/N] ',
    declined: '何も削除していません。',
    listOnly: '何も削除していません。削除するには --yes を付けるか、ターミナルで実行してください。',
    dryRun: '確認のみ: 何も削除していません。',
    results: '実行した内容:',
    allGone: 'もう一度確認しました: 一覧のものはすべてなくなりました。',
    remaining: 'もう一度確認しました: まだ残っているもの:',
  },
  step: {
    title: 'セッション後のクリーンアップ',
    intro:
      'セッションが終わったら、リモートサポート用アプリを削除し、Session Prep が行った変更を元に戻せます。フォルダーはごみ箱に移動するので、元に戻すこともできます。',
    scan: '残っているものを探す',
    scanning: '探しています…',
    nothing: '何も見つかりませんでした。パソコンはきれいな状態です。',
    found: 'このパソコンで見つかったもの',
    refusedTitle: '安全のため変更しないもの',
    consent:
      '選択したものを削除します。実行中のプログラムが終了し、フォルダーがごみ箱に移動することを理解しました。',
    remove: '選択したものを削除',
    removing: '削除しています…',
    proofTitle: 'もう一度確認した結果',
    allGone: '選択したものはすべてなくなりました。',
    remaining: 'まだ残っているもの',
    gone: 'なくなりました',
    again: 'もう一度探す',
  },
} as const;
