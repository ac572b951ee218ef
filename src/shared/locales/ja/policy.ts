/** The `policy` namespace (ja): the catalog policy's refusals and `session-prep catalog check`. Keys must match en. */
export const policy = {
  refused:
    'カタログ {{source}} は使えません。エージェントのものではない対象を Session Prep に操作させようとしています。\n{{lines}}\nこれらの項目を直すか（session-prep catalog check FILE で一覧できます）、--catalog を付けずに実行して組み込みのカタログを使ってください。',
  more: '  …ほかに {{count}} 件',
  entry: '{{path}} {{entry}}: {{why}}',
  why: {
    exeNotPlain:
      'プログラムのファイル名だけではありません。フォルダー、ドライブ、変数を付けずに、エージェントのプログラム名だけを書いてください（例: ZohoMeeting.exe）。',
    wildcard:
      'ワイルドカード（* ? [ ] { }）が含まれています。プログラムとフォルダーは一つずつ正確に書いてください。',
    exeProtected:
      'シェル、スクリプト実行環境、または OS のプログラムです。エージェントではありません。これを許可したりウイルス対策の除外にしたりすると、何でも通ってしまいます。',
    empty: '空です。削除するか、名前を書いてください。',
    nameProtected:
      'OS 自身の{{category}}の部品です。Session Prep はこれを停止、削除、変更しません。',
    domainTooWide:
      'トップレベルドメインやパブリックサフィックス全体（*.com や *.co.jp など）を含んでいます。ベンダー自身のドメインを書いてください（例: *.zoho.com）。',
    badId:
      'カタログの ID として使えません。英数字と「.」「_」「-」だけで、64 文字以内にしてください。',
    tooMany: '項目が {{max}} 件を超えています。',
  },
  pattern: {
    winService:
      'Windows のサービス名ではありません。英数字、スペース、. _ - ( ) + だけで 80 文字以内にし、\\ や / は使わないでください。',
    launchdLabel:
      'launchd のラベルではありません。com.vendor.agent のような逆ドメイン形式（英数字、ドット、ハイフン）で書き、パスにはしないでください。',
    linuxUnit: '.service、.socket、.timer で終わる systemd のユニット名ではありません。',
    linuxPackage:
      'Debian のパッケージ名ではありません。英小文字、数字、+ . - で 2 文字以上にしてください。',
    urlScheme: 'URL スキームではありません。英字で始め、英数字と + . - だけにしてください。',
    uninstallEntry:
      'アンインストール項目の名前ではありません。英数字、スペース、. _ - ( ) { } + だけにし、\\ は使わないでください。',
  },
  folder: {
    wildcard:
      'ワイルドカード（* ? [ ] { }）が含まれています。エージェントのフォルダーを正確に書いてください。',
    syntax:
      'Session Prep が読めるフォルダーのパスではありません。Windows では %VARIABLE%/Folder、macOS と Linux では ~/Folder か /full/path と書き、制御文字、「.」、「..」、空の部分は使わないでください。',
    tooLong: '240 文字を超えています。',
    driveLetter:
      'ドライブを直接指定しています。どのパソコンでも正しくなるように、%PROGRAMFILES% や %LOCALAPPDATA% などの変数で書いてください。',
    unknownVariable:
      '{{variable}} を使っています。%LOCALAPPDATA%、%APPDATA%、%PROGRAMFILES%、%PROGRAMFILES(X86)%、%PROGRAMW6432%、%USERPROFILE% のいずれかを使ってください。',
    profile:
      'ユーザープロファイル全体です。その中にあるエージェント自身のフォルダーを書いてください。',
    personal:
      'デスクトップ、ドキュメント、ダウンロード、.ssh など、本人のファイルや鍵を置くフォルダー（またはその中）です。エージェントのフォルダーではありません。',
    temp: 'Temp フォルダー（またはその中）です。すべてのプログラムのファイルが置かれます。',
    appRoot:
      'AppData、Library、Application Support など、すべてのアプリのデータを置くフォルダーの最上位です。その中にあるエージェント自身のフォルダーを書いてください。',
    programRoot:
      'プログラムフォルダーの最上位です。その中にあるエージェント自身のフォルダーを書いてください。',
    system: 'OS やそのパッケージ管理のフォルダーか、エージェントがインストールされる場所の外です。',
    protected: 'OS 自身の{{category}}の部品の名前です。',
  },
  category: {
    security: 'セキュリティ',
    logging: 'ログ',
    update: '更新',
    remote: 'リモートアクセス',
    packages: 'パッケージ管理',
    system: 'システム中核',
    shell: 'シェル',
  },
  check: {
    title: 'カタログ {{name}}（{{source}}）',
    acceptable: '使えます。どのコマンドもこのカタログを使います。',
    refusedTitle_one:
      '使えません。{{count}} 件の項目が認められないため、どのコマンドもこのカタログを使いません:',
    refusedTitle_other:
      '使えません。{{count}} 件の項目が認められないため、どのコマンドもこのカタログを使いません:',
    effectsTitle: 'このカタログで Session Prep が行うこと:',
    os: {
      win32: 'Windows',
      darwin: 'macOS',
      linux: 'Linux',
      any: 'すべての OS',
    },
    none: '（なし）',
    usage: '何をするか指定してください: session-prep catalog check FILE [--json]',
    unknownVerb: 'catalog のコマンド「{{verb}}」はありません。使えるのは check FILE です。',
  },
  effect: {
    connect: '次のホストとポートに接続します（DNS、TCP、TLS、WebSocket、HTTP）:',
    download: '帯域を測るため、次のファイルをダウンロードします:',
    allowlist: 'IT 部門に許可を依頼します（PAC ファイルはこれらに DIRECT と答えます）:',
    firewall:
      '同意を得たうえで管理者として: 次のプログラムの送信を Windows Defender ファイアウォールで許可します:',
    defender:
      '同意を得たうえで管理者として: 次のフォルダー（と上のプログラム）を Microsoft Defender の除外に加えます:',
    macFirewall:
      '同意を得たうえで管理者として: 次の場所にあるエージェントのアプリをアプリケーションファイアウォールで許可します:',
    linuxFirewall:
      '同意を得たうえで管理者として: nftables、ufw、firewalld が止めている場合、次のポートへの TCP の送信を許可します:',
    stopProcesses:
      'クリーンアップ: 実行ファイルが次のフォルダーにあるプログラムを停止します（昇格していなければ、このユーザーのものだけ）:',
    trashFolders: 'クリーンアップ: 次のフォルダーをごみ箱に移します:',
    services: 'クリーンアップ（管理者として）: 次のサービスを停止して削除します:',
    uninstall:
      'クリーンアップ: 次の項目のアンインストーラーを実行します（エージェントのフォルダーにあるものだけ）:',
    urlHandlers: 'クリーンアップ: 次の URL ハンドラーを削除します:',
    launchd: 'クリーンアップ: ユーザーごとの次の launchd ジョブを停止し、ごみ箱に移します:',
    units: 'クリーンアップ（管理者として）: 次の systemd ユニットを無効にして停止します:',
    packages: 'クリーンアップ（管理者として）: 次のパッケージを削除します:',
  },
} as const;
