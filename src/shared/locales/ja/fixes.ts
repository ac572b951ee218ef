/** The `fixes` namespace (ja). Keys must match the other language's file. */
export const fixes = {
  change: {
    windowsFirewall: {
      title: 'エージェントのプログラムの送信を Windows Defender ファイアウォールで許可します',
      description:
        'エージェントのプログラムごとに送信の許可ルールを {{count}} 件、ルール グループ「{{group}}」に追加します。グループ単位で一覧・削除できます。',
    },
    windowsDefender: {
      title:
        'エージェントのフォルダーとプログラムを Microsoft Defender のスキャン対象から除外します',
      description:
        'フォルダー {{folders}} と、その中の {{count}} 個のプログラムを Microsoft Defender の除外に追加します。',
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
      description:
        'ufw が既定で送信を止めています。ポートごとに ufw のルールを追加します（コメント「session-prep」）。元に戻すときは、それらを削除します。',
    },
    linuxFirewalldPolicy: {
      title: 'firewalld のポリシーでポート {{ports}} への送信を許可します',
      description:
        'firewalld のポリシー「{{policy}}」が、この PC からポート {{ports}} への接続を止めています。firewall-cmd で、このポリシーにポートごとのリッチルールを 1 件ずつ追加します。追加するのは実行中の設定だけです（--permanent は使いません）。firewalld の再読み込みや PC の再起動で消えるため、意図せず残ることはありません。元に戻すときは、追加したルールだけを削除します。',
    },
    linuxFirewalldDirect: {
      title: 'firewalld のダイレクトルールより前に、ポート {{ports}} への送信の許可を追加します',
      description:
        'firewalld のダイレクトルールが、{{ipv}} の OUTPUT チェーンでポート {{ports}} への接続を止めています。止めているルールより前になるよう、優先度 {{priority}} でポートごとに許可ルールを 1 件ずつ追加します。追加するのは実行中の設定だけです（--permanent は使いません）。firewalld の再読み込みや PC の再起動で消えます。元に戻すときは、追加したルールだけを削除します。',
    },
    linuxUnreadable: {
      title: 'ファイアウォールのルールを確認してください',
      description:
        'この PC の nftables のルールを読み取れなかったため、ベンダーのポートが止められているかどうか判断できません。',
    },
  },
  reason: {
    badPaths:
      'カタログに、Session Prep が変更しないフォルダーが含まれているため、何も変更しません: {{list}} 修正したカタログをサポート担当者にご依頼ください。',
    otherAntivirus:
      'この PC は Microsoft Defender ではなく {{products}} で保護されています。除外はその製品で設定する必要があります。IT 部門への依頼内容を IT 部門にお送りください。',
    defenderInactive:
      'この PC では Microsoft Defender が有効なウイルス対策ではありません（モード: {{mode}}）。有効なウイルス対策製品で除外を設定する必要があります。IT 部門への依頼内容を IT 部門にお送りください。',
    defenderPolicy:
      'Microsoft Defender の除外は組織のポリシーで管理されているため、この PC で追加しても無視されます。IT 部門への依頼内容を IT 部門にお送りください。',
    tamperProtection:
      '改ざん防止が有効なため、Microsoft Defender は組織の管理以外からの除外を受け付けません。IT 部門への依頼内容を IT 部門にお送りください。',
    blockAllIncoming:
      'ファイアウォールが「外部からの接続をすべてブロック」に設定されているため、アプリごとの許可は効きません。システム設定でこの設定をオフにするか、IT 部門にご相談ください。',
    appNotInstalled:
      'エージェントのアプリがまだインストールされていません。セッションのアプリをダウンロードした後に、もう一度「修正」を実行してください。',
    nftUnreadable:
      'ファイアウォールのルールを読み取るには管理者権限が必要です（{{why}}）。「sudo session-prep fixes」を実行するか、IT 部門にご相談ください。',
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
    failedKept:
      '{{title}} を適用できませんでした: {{error}}。自動で元に戻すこともできませんでした。「すべて元に戻す」でもう一度お試しください。',
    notPossible: '{{title}} はこの PC では適用できません: {{reason}}',
    unknown:
      '現在の計画に「{{id}}」という変更はありません。計画をもう一度表示して、その中から選んでください。',
    declined:
      '{{title}} は適用されていません。変更の許可を求める画面で許可されなかったため、何も変更していません。',
    unconfirmed:
      '{{title}} が適用されたかどうかを確認できませんでした（{{error}}）。記録は残しているので、「すべて元に戻す」で行われた分を元に戻せます。',
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
    optional: '任意',
    sslInspection: 'SSL インスペクションの対象から除外するもの',
    interceptedBy: '{{host}} — 傍受していた発行者: {{issuer}}',
    interceptor:
      '{{product}} がこれらの通信を復号しています: 上のドメインを SSL インスペクションの対象から除外してください',
    interceptorOnPc:
      'PC の {{product}} がこれらの通信を復号しています（HTTPS スキャン）: 上のドメインを除外してください',
    interceptorAsk:
      '設定する内容: {{bypass}}。上に挙げた {{product}} のすべてのドメインが対象です。',
    interceptorHosts: '復号が確認された接続先: {{hosts}}',
    interceptorWhy:
      '理由: リモートサポート用アプリは暗号化された WebSocket 接続を長時間保つため、SSL インスペクションによって切断されます。',
    executables: '許可するプログラム（ファイアウォールとウイルス対策）',
    signedBy: '{{name}} — 署名者: {{signer}}',
    pcChanges: 'この PC では行えなかった変更（管理側で設定してください）',
    folders: '除外するフォルダー（ウイルス対策）',
    pacFallbackUnknown:
      'PAC ファイルにはほかのすべてのサイトの行き先が必要ですが、このパソコンが今どこを通っているか Session Prep には分かりません。先に「session-prep check」を実行するか（PAC はこのパソコンのプロキシをそのまま使います）、--pac-fallback で指定してください。例: --pac-fallback "PROXY proxy.example.com:8080"（プロキシのないネットワークなら DIRECT）。',
  },
  cli: {
    badFormat:
      '--format には text、json、pac、squid のいずれかを指定してください（指定された値: "{{value}}"）。',
    badPacFallback:
      '--pac-fallback には DIRECT や "PROXY proxy.example.com:8080; DIRECT" のような PAC の応答を指定してください（指定された値: "{{value}}"）。',
    planTitle: '{{product}} のために、この PC に必要な変更:',
    nothingNeeded: 'この PC に必要な変更はありません。',
    state: { needed: '未実施', applied: '適用済み', not_possible: 'IT 部門へ' },
    command: 'コマンド',
    undoCommand: '元に戻す',
    why: '理由',
    journalTitle: 'Session Prep が変更した内容（「session-prep undo」で元に戻せます）:',
    hintApply:
      'これらの変更を行うには「session-prep fixes --apply」を実行してください。変更はすべて記録され、「session-prep undo」で元に戻せます。',
    confirmApply:
      '{{count}} 件の変更を今すぐ行いますか？管理者の確認が表示される場合があります。[y/N] ',
    confirmUndo: '{{count}} 件の変更を今すぐ元に戻しますか？[y/N] ',
    needYes:
      '何も変更していません。確認できる端末がないため、同意する場合は --yes を付けてください。',
    declined: '何も変更していません。',
    nothingToApply:
      'この PC だけで行える変更はありません。IT 部門への依頼内容（「session-prep allowlist」）を IT 部門にお送りください。',
    nothingToUndo: '記録がありません。Session Prep が元に戻すものはありません。',
    recheck: 'チェック結果（変更前 → 変更後）:',
  },
  step: {
    intro:
      'リモートセッションが接続できるように、Session Prep はこの PC のファイアウォールとウイルス対策の設定を変更できます。変更する前に、すべての変更内容と実際のコマンドを確認できます。変更はすべて元に戻せます。',
    plan: '必要な変更を表示',
    again: 'もう一度確認',
    planning: 'この PC のファイアウォールとウイルス対策を確認しています…',
    applying: '変更しています… 管理者の確認が表示されたら、許可してください。',
    undoing: 'Session Prep が行った変更をすべて元に戻しています…',
    nothing: 'この PC に必要な変更はありません。',
    changesTitle: 'この PC の変更',
    state: { needed: '未実施', applied: '適用済み', not_possible: 'IT 部門へ' },
    needsAdmin: '管理者の許可が必要です。',
    showCommand: '実際のコマンドを表示',
    commandLabel: 'コマンド',
    scriptLabel: 'コマンドの中のスクリプト',
    undoLabel: '元に戻す方法',
    choose: 'この変更を行う',
    consent: '選んだ変更を Session Prep がこの PC に行うことに同意します。',
    apply: '選んだ変更を行う',
    outcomesTitle: '結果',
    recheckTitle: '変更前と変更後のチェック',
    recheckHost: 'チェック',
    before: '変更前',
    after: '変更後',
    journalTitle: 'Session Prep が変更した内容',
    journalEmpty: 'Session Prep はこの PC をまだ何も変更していません。',
    undoAll: 'すべて元に戻す',
    undoConfirm: '上に表示されている変更をすべて今すぐ元に戻しますか？',
    undoCommandsIntro: '次のコマンドを実行します（必要なものは管理者として）:',
    undoYes: 'はい、すべて元に戻します',
    undoNo: 'キャンセル',
    itTitle: 'IT 部門への依頼',
    itIntro:
      '会社のファイアウォール、プロキシ、SSL インスペクション、管理されたウイルス対策など、IT 部門にしか変更できない内容です。一覧をコピーしてメールや問い合わせに貼り付けるか、プロキシ用のファイルをダウンロードしてください。',
    copy: 'IT 部門向けの一覧をコピー',
    copied: 'コピーしました。IT 部門へのメールや問い合わせに貼り付けてください。',
    copyFailed: 'ここではコピーできませんでした。下の文字列を選択してコピーしてください。',
    showList: '一覧を表示',
    downloadPac: 'PAC ファイルをダウンロード',
    pacTitle: 'PAC ファイルでは、ベンダー以外のサイトへの通信を次のようにします:',
    pacToday: '今と同じく、このパソコンのプロキシを通す（{{answer}}）',
    pacDirect: 'プロキシを通さず直接つなぐ（このネットワークにプロキシがない場合だけ）',
    pacCustom: '別のプロキシを通す',
    pacCustomLabel: 'PAC の答え:',
    pacChooseFirst:
      'PAC ファイルをダウンロードする前に、ほかのサイトへの通信の行き先を選んでください。すべて直接つなぐ PAC を配布すると、会社全体の通信がプロキシを通らなくなります。',
    downloadSquid: 'Squid の設定断片をダウンロード',
    downloadJson: 'JSON でダウンロード',
  },
  undo: {
    legacyNotRun:
      '元に戻していません: {{title}}。この記録は古い形式で、その中のコマンドが Session Prep 自身のものだと確かめられないため、何も実行しません。手作業で元に戻すか、IT 部門にご相談ください。',
    invalidNotRun:
      '元に戻していません: {{title}}。この記録が正しい形式ではない（{{why}}）ため、何も実行しません。誰かに書き換えられた可能性があります。IT 部門にご相談ください。',
    done: '元に戻しました: {{title}}。',
    interrupted:
      '元に戻しました: {{title}}（変更の途中で中断されていたため、戻す内容はほとんどありませんでした）。',
    failed:
      '{{title}} を元に戻せませんでした: {{error}}。もう一度お試しください。繰り返し失敗する場合は、このメッセージを IT 部門にお送りください。',
    declined:
      '{{title}} は元に戻していません。変更の許可を求める画面で許可されなかったため、そのまま残っています。「すべて元に戻す」でもう一度お試しください。',
  },
  /** IT 部門へのお願い（メールに貼るプレーンテキスト、issue 15）。 */
  itRequest: {
    title: 'IT 部門へのお願い: この PC から {{product}} に接続できるようにしてください',
    intro:
      'Session Prep で、この PC が {{product}} のリモートセッションに参加できるかを確認しました。接続を止めている原因と、許可していただきたい内容を以下にまとめました。',
    checkedAt: '{{at}} に {{tool}} {{version}} で確認しました。',
    notChecked:
      'この PC はまだ確認していません。以下は、どのネットワークでも {{product}} に必要な内容です。',
    ready: '結果: この PC は {{product}} に接続できます。以下は記録用の一覧です。',
    notReady: '結果: この PC は、まだ {{product}} に接続できません。',
    offline: '結果: この PC はネットワークに接続されていないため、その先は確認できませんでした。',
    pcTitle: 'この PC',
    pcName: 'コンピューター名: {{value}}',
    pcAddresses: 'IP アドレス: {{value}}',
    pcDns: 'DNS サーバー: {{value}}',
    pcProxy: 'プロキシ: {{value}}',
    pcRedacted: 'お客様のご希望により、この PC の名前、アドレス、プロキシは記載していません。',
    none: '見つかりませんでした',
    direct: 'なし（直接接続）',
    proxyFrom: '{{url}}（{{source}}）',
    proxySource: {
      flag: 'Session Prep に指定されたもの',
      env: '環境変数の設定',
      system: 'システムの設定',
      pac: 'セットアップ スクリプト（PAC）が選んだもの',
      chromium: 'ブラウザーの設定',
      none: 'なし',
    },
    causesTitle: '接続を止めている原因',
    cause: '{{n}}. {{cause}}',
    affected_one: '対象のアドレス: {{hosts}}',
    affected_other: '対象のアドレス（{{count}} 件）: {{hosts}}',
    fix: '対処: {{fix}}',
    notRun_one: 'このため、これらのアドレスの残りの確認 {{count}} 件は実施できませんでした。',
    notRun_other: 'このため、これらのアドレスの残りの確認 {{count}} 件は実施できませんでした。',
    noCause: '接続の問題は見つかりませんでした。',
    allowTitle: '許可していただきたい内容',
    domains: 'ドメイン（ファイアウォールとプロキシで TCP と WebSocket を許可してください）:',
    domainsSeen:
      '使われていることが確認されているその他のドメイン（{{product}} の公式資料には記載がありません）:',
    ports: 'ポート:',
    hosts: 'この PC が接続するアドレス:',
    host: '{{host}}（TCP {{ports}}）: {{where}}',
    hostOptional: '{{host}}（TCP {{ports}}）: {{where}}、任意',
    everyDc: 'すべてのデータセンターで使われます',
    oneDc: '{{region}} データセンター',
    otherDcs:
      '上のドメインには、ほかのデータセンター（{{regions}}）のアドレスも含まれます。それらは、そのデータセンターでセッションを行う場合にだけ必要です。',
    ssl: '上のドメインを SSL インスペクション（通信の復号・検査）の対象から除外してください。',
    sslSeen: '{{host}} の通信は、次の発行者の証明書を使う機器で復号されていました: {{issuer}}',
    programs: '許可していただきたいプログラム（ファイアウォールとウイルス対策ソフト）:',
    signed: '{{name}}（署名者: {{signer}}）',
    folders: '除外していただきたいフォルダー（ウイルス対策ソフト）:',
    folder: '{{path}}（{{os}}）',
    os: { win32: 'Windows', darwin: 'macOS', linux: 'Linux' },
    pcChanges: 'この PC では行えなかった変更（管理側で設定をお願いいたします）:',
    thanks: 'お手数をおかけしますが、よろしくお願いいたします。',
  },
} as const;
