/** The `fixes` namespace (ja). Keys must match the other language's file. */
export const fixes = {
  change: {
    windowsFirewall: {
      title: 'エージェントのプログラムの送信を Windows Defender ファイアウォールで許可します',
      description:
        'エージェントのプログラムごとに送信の許可ルールを {{count}} 件、ルール グループ「{{group}}」に追加します。グループ単位で一覧・削除できます。',
    },
    windowsDefender: {
      title: 'エージェントのフォルダーとプログラムを Microsoft Defender のスキャン対象から除外します',
      description: 'フォルダー {{folders}} と、その中の {{count}} 個のプログラムを Microsoft Defender の除外に追加します。',
    },
    macosFirewall: {
      title: 'macOS のファイアウォールでエージェントのアプリを許可します',
      description: '{{apps}} をアプリケーション ファイアウォールに追加し、受信接続を許可します。',
    },
    linuxNft: {
      title: 'ポート {{ports}} への送信を止めているファイアウォールのルールの前に許可を追加します',
      description:
        'nftables のチェーン {{family}} {{table}} {{chain}} がポート {{ports}} への送信を止めています。同じチェーンの、止めているルールより前に許可ルールを 1 件追加し、「{{comment}}」と印を付けます。元に戻すときは、そのルールだけを削除します。',
    },
    linuxUfw: {
      title: 'ufw でポート {{ports}} への送信を許可します',
      description: 'ufw が既定で送信を止めています。ポートごとに ufw のルールを追加します（コメント「session-prep」）。元に戻すときは、それらを削除します。',
    },
    linuxUnreadable: {
      title: 'ファイアウォールのルールを確認してください',
      description: 'この PC の nftables のルールを読み取れなかったため、ベンダーのポートが止められているかどうか判断できません。',
    },
  },
  reason: {
    badPaths: 'カタログに、Session Prep が変更しないフォルダーが含まれているため、何も変更しません: {{list}} 修正したカタログをサポート担当者にご依頼ください。',
    otherAntivirus: 'この PC は Microsoft Defender ではなく {{products}} で保護されています。除外はその製品で設定する必要があります。IT 部門への依頼内容を IT 部門にお送りください。',
    defenderInactive: 'この PC では Microsoft Defender が有効なウイルス対策ではありません（モード: {{mode}}）。有効なウイルス対策製品で除外を設定する必要があります。IT 部門への依頼内容を IT 部門にお送りください。',
    defenderPolicy: 'Microsoft Defender の除外は組織のポリシーで管理されているため、この PC で追加しても無視されます。IT 部門への依頼内容を IT 部門にお送りください。',
    tamperProtection: '改ざん防止が有効なため、Microsoft Defender は組織の管理以外からの除外を受け付けません。IT 部門への依頼内容を IT 部門にお送りください。',
    blockAllIncoming: 'ファイアウォールが「外部からの接続をすべてブロック」に設定されているため、アプリごとの許可は効きません。システム設定でこの設定をオフにするか、IT 部門にご相談ください。',
    appNotInstalled: 'エージェントのアプリがまだインストールされていません。セッションのアプリをダウンロードした後に、もう一度「修正」を実行してください。',
    nftUnreadable: 'ファイアウォールのルールを読み取るには管理者権限が必要です（{{why}}）。「sudo session-prep fixes」を実行するか、IT 部門にご相談ください。',
  },
  pathRefusal: {
    unknown_variable: '「{{path}}」は、この PC にない環境変数を使っています。',
    dot_segments: '「{{path}}」に「..」が含まれています。',
    not_absolute: '「{{path}}」は完全なパスではありません。',
    outside_allowed: '「{{path}}」はユーザー フォルダーとプログラム フォルダーの外にあります。',
  },
  apply: {
    done: '適用しました: {{title}}。',
    failed: '{{title}} を適用できませんでした: {{error}}。途中まで行った変更は元に戻しました。',
    failedKept: '{{title}} を適用できませんでした: {{error}}。自動で元に戻すこともできませんでした。「すべて元に戻す」でもう一度お試しください。',
    notPossible: '{{title}} はこの PC では適用できません: {{reason}}',
    unknown: '現在の計画に「{{id}}」という変更はありません。計画をもう一度表示して、その中から選んでください。',
    declined: '管理者の確認がキャンセルされたため、{{title}} は変更していません。',
  },
  allowlist: {
    heading: '# {{product}} のために IT 部門に許可していただく内容（Session Prep が作成）',
    none: '（なし）',
    domains: 'ドメイン（ファイアウォールとプロキシで TCP と WebSocket を許可）',
    ports: 'ポート',
    portWebSocket: '{{port}}/tcp（{{protocol}}、WebSocket を通す必要があります）',
    portTcp: '{{port}}/tcp（{{protocol}}）',
    hostsTested: '{{at}} にテストしたホストと判定',
    hostsUntested: 'テストするホスト（まだ実行していません）',
    optional: '任意: 別のデータセンター',
    sslInspection: 'SSL インスペクションの対象から除外するもの',
    interceptedBy: '{{host}} — 傍受していた発行者: {{issuer}}',
    executables: '許可するプログラム（ファイアウォールとウイルス対策）',
    signedBy: '{{name}} — 署名者: {{signer}}',
    folders: '除外するフォルダー（ウイルス対策）',
  },
  undo: {
    done: '元に戻しました: {{title}}。',
    interrupted: '元に戻しました: {{title}}（変更の途中で中断されていたため、戻す内容はほとんどありませんでした）。',
    failed: '{{title}} を元に戻せませんでした: {{error}}。もう一度お試しください。繰り返し失敗する場合は、このメッセージを IT 部門にお送りください。',
  },
} as const;
