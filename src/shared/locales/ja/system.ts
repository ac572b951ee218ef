/** The `system` namespace (ja). Keys must match the other language's file. */
export const system = {
  listSeparator: '、',
  cancelled: 'このチェックは完了前に中止されました。',
  bits: { '64': '64 ビット', '32': '32 ビット' },
  family: {
    windows: 'Windows',
    macos: 'macOS',
    ubuntu: 'Ubuntu',
    rhel: 'Red Hat Enterprise Linux',
    centos: 'CentOS',
    debian: 'Debian',
    mint: 'Linux Mint',
  },
  os: {
    ok: '{{name}}（{{bits}}）はシステム要件を満たしています。',
    outOfSupport:
      '{{name}}（{{bits}}）は Zoho Assist で利用できますが、メーカーのサポートが終了しています。',
    outOfSupportFix:
      '今回のセッションはこのままご利用いただけます。セキュリティのため、{{family}} {{warnBelow}} 以降への更新をご検討ください。',
    unsupported: '{{name}} はシステム要件を満たしていません。{{family}} {{min}} 以降が必要です。',
    unsupportedFix:
      '{{family}} {{min}} 以降に更新するか、別の PC からセッションに参加してください。',
    unknown: '{{name}} は Zoho Assist の対応 OS ではありません。',
    unknownFix: '{{families}} の PC からセッションに参加してください。',
    derivative:
      '{{name}} は {{base}} をもとにした OS ですが、Zoho Assist の対応一覧には含まれていないため、バージョンを確認できません。',
    derivativeFix:
      '通常は利用できます。セッションが始まらない場合は、{{families}} の PC から参加してください。',
    notDetermined: 'この PC の OS を確認できませんでした（{{reason}}）。',
    notDeterminedFix: 'OS のバージョンをシステム要件と照らし合わせてご確認ください。',
  },
  browser: {
    ok: '{{name}} {{version}} がインストールされています。',
    outdated: '{{name}} {{version}} は古いバージョンです。{{min}} 以降が必要です。',
    outdatedFix:
      '{{name}} を更新してください（メニューの［ヘルプ］→［バージョン情報］で更新できます）。または、対応している別のブラウザーをご利用ください。',
    versionUnknown: '{{name}} がインストールされていますが、バージョンを確認できませんでした。',
    versionUnknownFix: '{{name}} が最新の状態になっているかご確認ください。',
    missing: 'Zoho Assist に対応したブラウザーがインストールされていません。',
    missingFix: '次のいずれかをインストールし、最新の状態にしてください: {{list}}。',
    notDetermined: 'インストールされているブラウザーを確認できませんでした（{{reason}}）。',
    notDeterminedFix:
      '次のいずれかがインストールされ、最新の状態になっているかご確認ください: {{list}}。',
  },
  display: {
    okOne: 'ディスプレイは 1 台です（{{main}}）。この画面が共有されます。',
    okMany:
      'ディスプレイが {{count}} 台あります。まずメイン ディスプレイ（{{main}}）が共有されます。',
    none: 'ディスプレイが見つかりませんでした。仮想マシンや画面のない PC では、サポート担当者に何も表示されません。',
    noneFix:
      '画面のある PC から参加するか、デスクトップにサインインしてからセッションに参加してください。',
    notDetermined: 'ディスプレイの情報を取得できませんでした（{{reason}}）。',
    notDeterminedFix: 'セッション開始時に、見せたい画面が表示されていることをご確認ください。',
    size: '{{width}}×{{height}}',
    scale: '{{size}}、拡大率 {{percent}}%',
  },
  disk: {
    ok: '{{path}} の空き容量は {{freeMb}} MB です（必要な容量: {{needMb}} MB）。',
    low: '{{path}} の空き容量が {{freeMb}} MB しかありません。Zoho Assist のインストールには {{needMb}} MB が必要です。',
    lowFix:
      '不要なファイルを削除したり、ごみ箱を空にしたりして空き容量を増やしてから、もう一度お試しください。',
    notDetermined: '{{path}} の空き容量を確認できませんでした（{{reason}}）。',
    notDeterminedFix: 'システム ドライブに {{needMb}} MB 程度の空きがあることをご確認ください。',
  },
  security: {
    ok: 'セキュリティ ソフト: {{products}}。Zoho Assist を妨げるものは見つかりませんでした。',
    thirdParty:
      'セキュリティ ソフト {{products}} が動作しています。Zoho Assist の通信や動作を妨げる可能性があります。',
    thirdPartyFix:
      'セッションが始まらない場合は、{{products}} で Zoho Assist を許可するよう（プログラムと ZohoMeeting フォルダーの除外設定）、社内の IT 管理者にご相談ください。',
    none: 'Windows セキュリティに登録されたウイルス対策ソフトがありません。',
    noneFix:
      'セッションには影響しません。ウイルス対策が必要かどうかは、社内の IT 管理者にご確認ください。',
    server:
      'Windows Server にはセキュリティ センターがありません。Microsoft Defender: {{defender}}。',
    macFirewall: 'macOS のファイアウォールは{{state}}です。',
    macFirewallBlockAll:
      'macOS のファイアウォールが、外部からの接続をすべてブロックする設定になっています。',
    macFirewallBlockAllFix:
      'Zoho Assist は PC から外部へ接続するため、通常は影響しません。セッションに失敗する場合は、［システム設定］→［ネットワーク］→［ファイアウォール］→［オプション］で「外部からの接続をすべてブロック」をオフにしてください。',
    notDetermined: 'セキュリティ ソフトの状態を確認できませんでした（{{reason}}）。',
    notDeterminedFix:
      'セッションが始まらない場合は、ウイルス対策ソフトが Zoho Assist をブロックしていないかご確認ください。',
    defenderOn: '有効',
    defenderOff: '無効',
    defenderPassive: 'パッシブ モード（{{mode}}）',
    tamperOn: '改ざん防止 有効',
    firewallOn: '有効',
    firewallOff: '無効',
  },
  agent: {
    none: 'ほかのリモートサポート用アプリは動作していません。',
    found: 'ほかのリモートサポート用アプリが動作しています: {{names}}。',
    foundFix: '画面やキーボードの操作が競合しないよう、セッションの前に終了してください。',
    notDetermined: '動作中のプログラムを確認できませんでした（{{reason}}）。',
    notDeterminedFix:
      'セッションの前に、ほかのリモートサポート用アプリ（TeamViewer、AnyDesk など）を終了してください。',
  },
  permission: {
    needed:
      'macOS では、Zoho Assist が 2 つの許可を求めます。「画面収録」（画面を表示するため）と「アクセシビリティ」（サポート担当者がマウスとキーボードを操作するため）です。',
    neededFix:
      '求められたら、［システム設定］→［プライバシーとセキュリティ］を開き、「画面収録」と「アクセシビリティ」で Zoho Assist をオンにしてから、Zoho Assist を開き直してください。',
  },
  proxy: {
    pacFetchFailed: 'プロキシのセットアップ スクリプト {{url}} を読み込めませんでした。',
    pacRunFailed: 'プロキシのセットアップ スクリプト {{url}} を実行できませんでした。',
    wpadRunFailed:
      '「設定を自動的に検出する」で見つかったプロキシのセットアップ スクリプト {{url}} を実行できませんでした。',
    wpadNotFound:
      '「設定を自動的に検出する」はオンですが、このネットワークにはプロキシのセットアップ スクリプト（WPAD）が見つかりませんでした。そのため、オフの場合と同じ方法で接続を確認しています。',
  },
} as const;
