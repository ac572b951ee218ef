import { bandwidthVerdicts } from './verdicts-bandwidth';
import { causeFixVerdicts } from './verdicts-cause-fix';
import { interceptionVerdicts } from './verdicts-interception';

/** The `verdicts` namespace (ja). Keys must match the other language's file. */
export const verdicts = {
  bandwidth: bandwidthVerdicts,
  interception: interceptionVerdicts,
  ok: {
    connectivityNoRoute: 'この PC 自身の経路はなし。プロキシ {{proxy}} 経由で確認します',
    connectivity:
      'この PC はネットワークに接続されています（外部への経路: {{routes}}、DNS サーバー: {{dnsServers}}）。',
    websocketAnswered:
      '{{host}}:{{port}} は、エンドツーエンドで暗号化された接続で WebSocket の要求に HTTP {{status}} で応答しました。途中のネットワークはこの要求を読むことも変えることもできないため、ベンダーまでの経路は開いています。実際のセッションの WebSocket のアドレスはセッション開始時に決まるため、固定のテスト用アドレスへのこの応答は想定どおりです。',
    dns: '{{host}} の名前解決に成功しました（{{addresses}}）。',
    tcp: '{{host}} のポート {{port}} に接続できました。',
    tcpViaProxy: 'プロキシ {{proxy}} 経由で {{host}} のポート {{port}} に接続できました。',
    tcpToProxy:
      '{{host}}:{{port}} 宛てにプロキシ {{proxy}} へ接続できました。{{host}} まで届くかどうかは、HTTP の要求への応答で確かめます。',
    tls: '{{host}}:{{port}} に安全に接続できました。証明書の発行者は {{issuer}} です。',
    websocket: '{{host}}:{{port}} への WebSocket 接続を確立できました。',
    http: '{{host}} のポート {{port}} から応答がありました（HTTP {{status}}）。',
    httpRedirect: '{{host}} のポート {{port}} は、ベンダーのアドレス {{location}} へ転送されます。',
    httpViaProxy:
      'プロキシ {{proxy}} 経由で {{host}} のポート {{port}} から応答がありました（HTTP {{status}}）。',
    proxy: 'プロキシ {{proxy}} から応答がありました。',
    bandwidth:
      'ダウンロード速度は {{rateKbps}} kbps です。セッションに十分な速度です（推奨: {{recommended}} kbps 以上）。',
    idle: '{{host}}:{{port}} への接続は、通信のない状態が {{seconds}} 秒続いた後もデータを送受信できました。',
    idleWebSocket:
      '{{host}}:{{port}} への WebSocket 接続は、通信のない状態が {{seconds}} 秒続いた後も応答しました（ping と pong）。',
    idleTlsInstead:
      '{{host}}:{{port}} では WebSocket 接続が確立されなかったため（HTTP {{status}}）、代わりに安全な接続を保ちました。通信のない状態が {{seconds}} 秒続いた後もデータを送受信できました。',
    chromium:
      'このブラウザーは、ブラウザー自身のプロキシと証明書の設定で {{host}}:{{port}} に接続できました（TLS と HTTP が応答しました）。',
    chromiumWebsocket:
      'このブラウザーは、ブラウザー自身のプロキシと証明書の設定で {{host}}:{{port}} に接続できました。TLS と HTTP が応答し、WebSocket も確立できました。',
    chromiumSession:
      'アプリの Chromium は、システムのプロキシと証明書の設定で {{host}}:{{port}} に接続できました（TLS と HTTP が応答しました）。',
  },
  dns_not_found: {
    message: 'この PC の DNS では {{host}} という名前が見つかりません。',
    fix: 'ネットワークの接続を確認してください。接続に問題がない場合は、DNS が {{host}} を解決できない理由を社内の IT 管理者にご確認ください。',
  },
  dns_timeout: {
    message: '{{host}} の名前解決で、DNS サーバーから時間内に応答がありませんでした。',
    fix: 'PC がネットワークに接続されていること、DNS サーバーに到達できることを確認してから、もう一度お試しください。',
  },
  dns_failed: {
    message: '{{host}} の名前解決で、DNS サーバーがエラーを返しました。',
    fix: 'DNS サーバーの状態や、{{host}} のような名前を拒否していないかを社内の IT 管理者にご確認ください。',
    refused: 'DNS サーバーが {{host}} の名前解決を拒否しました。',
    serverFailure: 'DNS サーバーが {{host}} の名前解決に失敗しました（DNS サーバー自身の障害）。',
  },
  dns_blocked: {
    message:
      'DNS が {{host}} に対して {{addresses}} という接続先のないアドレスを返しました。フィルターによって名前がブロックされています。',
    fix: 'DNS フィルターで {{host}} を許可するよう社内の IT 管理者に依頼してください（hosts ファイルに記載がある場合は削除してください）。',
  },
  tcp_timeout: {
    message:
      '{{host}} のポート {{port}} から {{timeoutMs}} ミリ秒以内に応答がありません（ファイアウォールで通信が遮断されている可能性があります）。',
    viaProxy:
      'プロキシ {{proxy}} が {{timeoutMs}} ミリ秒以内に {{host}}:{{port}} へ接続できませんでした。接続先がプロキシに応答していません。',
    noHttpAnswer:
      '{{host}} のポート {{port}} に接続できましたが、{{timeoutMs}} ミリ秒以内に HTTP の応答がありませんでした。',
    fix: '{{host}} のポート {{port}} への送信方向の通信を許可するよう、社内の IT 管理者に依頼してください。',
  },
  tcp_refused: {
    message:
      '{{host}} のポート {{port}} への接続が拒否されました。ファイアウォールが拒否しているか、接続先が待ち受けていません。',
    fix: '{{host}} のポート {{port}} への送信方向の通信を許可するよう、社内の IT 管理者に依頼してください。',
  },
  tcp_reset: {
    message: '{{host}} のポート {{port}} への接続が、確立直後に切断されました。',
    duringTls:
      '{{host}} のポート {{port}} への接続が、暗号化の確立中に切断されました。ファイアウォールやフィルターが切断している可能性があります。',
    duringHttp: '{{host}} のポート {{port}} への接続が、HTTP の応答前に切断されました。',
    closedHttp: '{{host}} がポート {{port}} の接続を HTTP の応答なしで閉じました。',
    fix: '{{host}}:{{port}} への接続をファイアウォールや侵入防止機能が切断していないか、社内の IT 管理者にご確認ください。',
  },
  tcp_unreachable: {
    message: '{{host}} のポート {{port}} への経路がありません。',
    fix: 'ネットワークの接続とルーターを確認してください。ほかのサイトに接続できる場合は、{{host}} への経路を社内の IT 管理者にご確認ください。',
  },
  local_blocked: {
    message: 'この PC 自身が {{host}} のポート {{port}} への接続をブロックしました。',
    fix: 'PC のファイアウォール（Windows Defender ファイアウォールなど）またはセキュリティソフトで接続を許可してから、もう一度お試しください。',
  },
  tls_untrusted: {
    message: '{{host}}:{{port}} の証明書は信頼されていません。発行者は {{issuer}} です。',
    byProduct:
      '{{host}}:{{port}} の証明書は {{product}} のもの（発行者 {{issuer}}）で、この PC はそのルート証明書を信頼していません。{{product}} が通信を復号していますが、そのルート証明書がこの PC にインストールされていません。',
    fix: '社内で SSL インスペクション（通信の復号・検査）を行っている場合は、社内のルート証明書を指定して（--ca）もう一度実行してください。そうでない場合は、この証明書を提示している機器について社内の IT 管理者にご確認ください。',
    fixByProduct:
      '{{vendor}} のドメインを {{product}} の SSL インスペクションの除外（{{bypass}}）に追加するか、{{product}} のルート証明書をこの PC にインストールするよう、社内の IT 管理者に依頼してください。',
  },
  tls_intercepted: {
    message:
      'SSL インスペクション機器（発行者 {{issuer}}）が {{host}}:{{port}} への通信を復号しています。証明書チェーンの最上位は {{root}} で、この PC は信頼していますが、公的な認証局ではありません。',
    byProduct:
      '{{product}} が {{host}}:{{port}} への通信を復号しています。証明書の発行者は {{issuer}}、最上位のルート証明書は {{root}} で、この PC は信頼していますが、公的な認証局ではありません。',
    onPc: 'この PC の {{product}} が {{host}}:{{port}} への通信を復号しています（HTTPS スキャン）。証明書の発行者は {{issuer}}、ルート証明書はこの製品自身の {{root}} です。',
    fix: '{{vendor}} のドメインを、発行者が {{issuer}} の証明書を提示している機器の SSL インスペクション（通信の復号・検査）の対象から除外するよう、社内の IT 管理者に依頼してください。',
    fixByProduct:
      '{{vendor}} のドメインを {{product}} の SSL インスペクションの除外（{{bypass}}）に追加するよう、社内の IT 管理者に依頼してください。',
    fixOnPc:
      'この PC の {{product}} で、{{vendor}} のドメインを HTTPS スキャンの対象から除外してください（{{bypass}}）。わからない場合は社内の IT 管理者にご相談ください。',
  },
  tls_failed: {
    message: '{{host}}:{{port}} への安全な接続に失敗しました。',
    timeout:
      '{{host}}:{{port}} に接続できましたが、{{timeoutMs}} ミリ秒以内に暗号化の応答がありませんでした。',
    fix: 'ファイアウォールやプロキシが {{host}} への安全な接続を妨げていないか、社内の IT 管理者にご確認ください。',
  },
  tls_name_mismatch: {
    message:
      '{{host}}:{{port}} で提示された証明書は別の名前（{{subject}}）のものです。ログインページや誤った DNS の応答によって、別の接続先につながっている可能性があります。',
    fix: 'Wi-Fi のログインページが開いている場合は、先にログインしてください。そうでない場合は、{{host}} の DNS を社内の IT 管理者にご確認ください。',
  },
  tls_clock_skew: {
    message:
      '{{host}}:{{port}} の証明書の有効期間は {{validFrom}} から {{validTo}} までで、この PC の日付と時刻が含まれていません。',
    fix: 'まずこの PC の日付、時刻、タイムゾーンを確認してから、もう一度お試しください。',
  },
  ws_rejected: {
    message:
      '{{host}}:{{port}} への WebSocket 接続に HTTP {{status}} が返され、WebSocket への切り替え（101）が行われませんでした。プロキシやフィルターが通過させていません。',
    byDevice:
      '{{host}}:{{port}} への WebSocket の要求に、ベンダーではなく {{device}} が HTTP {{status}} で応答しました。この機器は通信を復号しており、WebSocket 接続（Upgrade）を通過させていません。',
    fix: '{{host}} への WebSocket 接続（Upgrade）を許可するよう、社内の IT 管理者に依頼してください。',
    fixByDevice:
      '{{device}} で {{host}} への WebSocket 接続（Upgrade）を通過させるか、{{vendor}} のドメインを SSL インスペクションの対象から除外するよう、社内の IT 管理者に依頼してください。',
  },
  ws_failed: {
    message: '{{host}}:{{port}} への WebSocket 接続に応答がありませんでした。',
    timeout:
      '{{host}}:{{port}} への WebSocket 接続に {{timeoutMs}} ミリ秒以内の応答がありませんでした。',
    fix: 'プロキシやフィルターが {{host}} への WebSocket 接続を止めていないか、社内の IT 管理者にご確認ください。',
  },
  proxy_auth_required: {
    message:
      'プロキシ {{proxy}} が {{host}}:{{port}} への接続にユーザー名とパスワードを求めています（HTTP 407）。',
    fix: 'プロキシのアドレスにユーザー名とパスワードを含めて指定する（http://ユーザー名:パスワード@ホスト:ポート）か、社内の IT 管理者にご確認ください。',
  },
  proxy_refused: {
    message: 'プロキシ {{proxy}} が {{host}}:{{port}} への接続を拒否しました（HTTP {{status}}）。',
    closed:
      'プロキシ {{proxy}} が {{host}}:{{port}} への要求を応答なしで閉じました（{{status}}）。',
    fix: 'プロキシで {{host}} のポート {{port}} を許可するよう、社内の IT 管理者に依頼してください。',
  },
  proxy_unreachable: {
    message: 'プロキシ {{proxy}} に接続できません。',
    fix: 'プロキシの設定（または --proxy）のアドレスを確認してください。正しいアドレスは社内の IT 管理者にご確認ください。',
  },
  http_blocked: {
    message:
      '{{host}} のポート {{port}} に、ベンダー以外のものが HTTP {{status}} で応答しました。このアドレスはブロックされています。',
    redirect:
      '{{host}} のポート {{port}} は、ベンダー以外のアドレス {{location}} へ転送されます。フィルターやログインページが通信を横取りしています。',
    fix: 'Web フィルターで {{host}} のポート {{port}} を許可するよう、社内の IT 管理者に依頼してください。',
  },
  http_server_error: {
    message: '{{host}} のポート {{port}} がサーバーエラーを返しました（HTTP {{status}}）。',
    fix: '一時的な問題であることが多いため、数分後にもう一度お試しください。続く場合はサポート担当者にお知らせください。',
  },
  pac_failed: {
    message:
      '{{host}} に使うプロキシを判定できませんでした。セットアップ スクリプトの実行に失敗しました。',
    fix: 'プロキシ設定の「セットアップ スクリプトを使う」のアドレスを確認するか、社内の IT 管理者にご確認ください。',
  },
  offline: {
    message: 'この PC はネットワークに接続されていません。',
    noRoute:
      'この PC はネットワークに接続されていません。外部への経路（IPv4 と IPv6 のデフォルト ルート）がありません。',
    noInterface:
      'この PC はネットワークに接続されていません。アドレスを持つネットワーク アダプターがありません。',
    osDisconnected:
      'この PC はネットワークに接続されていません。{{source}} が未接続と報告しています（{{state}}）。',
    fix: 'PC をネットワークに接続してから（LAN ケーブルを差し込む、または Wi-Fi に接続する）、もう一度チェックしてください。',
  },
  no_dns_server: {
    message: 'この PC に DNS サーバーが設定されていないため、名前を解決できません。',
    fix: 'ネットワークに接続し直して DNS サーバーが割り当てられるようにするか、ネットワークの設定で DNS サーバーを指定してから、もう一度チェックしてください。社内のネットワークでは、使う DNS サーバーを社内の IT 管理者にご確認ください。',
  },
  proxy_upstream_failed: {
    message:
      'プロキシ {{proxy}} は応答しましたが、{{host}}:{{port}} に接続できませんでした（HTTP {{status}}）。',
    named:
      'プロキシ {{proxy}} は応答しましたが、{{host}}:{{port}} に接続できませんでした（HTTP {{status}}）。プロキシが示したエラーの内容は、サポート担当者向けの詳細にあります。',
    fix: 'プロキシの規則ではなく、プロキシから先の経路（プロキシから {{host}} のポート {{port}} への接続を止めているファイアウォールやルーター）を確認するよう、社内の IT 管理者に依頼してください。',
  },
  idle_cut: {
    message:
      '{{host}}:{{port}} への接続は、通信のない状態が {{seconds}} 秒続いたところで途中で切断（リセット）されました。',
    closed:
      '{{host}}:{{port}} への接続は、通信のない状態が {{seconds}} 秒続いたところで相手側（プロキシまたはファイアウォール）から閉じられました。',
    silence:
      '{{host}}:{{port}} への接続は、通信のない状態が {{seconds}} 秒続いた後、応答しなくなりました。途中の機器が通知なしに接続を破棄しています。',
    fix: '{{host}} への無通信の接続（安全な接続と WebSocket 接続の両方）を少なくとも 10 分間保つよう、社内の IT 管理者に依頼してください。プロキシやファイアウォールの無通信タイムアウト（例: Squid の read_timeout / client_idle_pconn_timeout、nginx の proxy_read_timeout、ファイアウォールのセッションのアイドルタイムアウト、270 秒で切断する Cloudflare Gateway などのクラウド ゲートウェイ）を延ばすか、このホストを対象外にし、TCP キープアライブと WebSocket の ping を通すよう設定します。',
    closedWebSocket:
      '{{host}}:{{port}} への WebSocket 接続は、通信のない状態が {{seconds}} 秒続いたところで相手側（プロキシまたはファイアウォール）から閉じられました（クローズ コード {{closeCode}}）。',
  },
  chromium_failed: {
    message: 'このブラウザーは {{host}}:{{port}} に接続できませんでした。',
    websocket:
      'このブラウザーは {{host}}:{{port}} に接続できましたが、WebSocket を確立できませんでした。',
    session: 'アプリの Chromium は {{host}}:{{port}} に接続できませんでした。',
    fix: 'このブラウザーからは参加できない可能性があります。ブラウザーのプロキシ設定（またはプロキシのセットアップ スクリプト）と {{host}} に対する SSL インスペクションを確認するよう社内の IT 管理者に依頼するか、アプリから参加してください。',
  },
  below_recommended: {
    message:
      'ダウンロード速度は {{rateKbps}} kbps です。利用できますが、推奨の {{recommended}} kbps を下回っています。',
    fix: 'セッション中はダウンロードや動画の再生を止めるか、より速い回線をお使いください。',
  },
  below_minimum: {
    message:
      'ダウンロード速度は {{rateKbps}} kbps で、最低限必要な {{min}} kbps を下回っています。',
    fix: 'より速いネットワーク接続（Wi-Fi より有線 LAN など）に切り替えてから、もう一度お試しください。',
  },
  unmeasured: {
    message: 'ダウンロード速度を測定できませんでした（{{reason}}）。',
    fix: 'まずベンダーのアドレスへの接続を確認してから、もう一度お試しください。',
  },
  skipped: {
    message: '未確認です。{{reason}}',
  },
  cancelled: {
    message: 'チェックが中止されたため、完了していません。',
  },
  reasons: {
    dns: '{{host}} の名前解決ができなかったためです。',
    tcp: '{{host}}:{{port}} への接続に失敗したためです。',
    tls: '{{host}}:{{port}} への安全な接続に失敗したためです。',
    pac: '{{host}} に使うプロキシを判定できなかったためです。',
    offline: 'この PC がネットワークに接続されていないためです。',
    no_dns_server: 'この PC に DNS サーバーが設定されていないためです。',
  },
  scope: {
    otherRegion:
      '{{host}}: 未確認です。{{region}} データセンターのアドレスで、今回のチェックの対象は {{selected}}（{{why}}）です。すべてのデータセンターを確認するには --all-regions を指定してください。',
    fromInvitation: '招待のデータセンター',
    byDefault: '既定のデータセンター',
  },
  osSource: {
    'windows-profile': 'Windows のネットワーク プロファイル',
    networkmanager: 'NetworkManager',
    'macos-nwi': 'macOS',
  },
  notes: {
    behindProxy: 'プロキシが名前解決を行うため、プロキシ経由でチェックを続けます。',
    optional: 'このアドレスは必須ではないため、警告として扱います。',
  },
  chromium: {
    browserOnlyDirect:
      'ブラウザーは自身のプロキシ設定（またはプロキシのセットアップ スクリプト）を使って {{host}}:{{port}} に接続できますが、アプリの接続はプロキシを通らずに直接出ようとして遮断されています。エージェントにプロキシを設定する必要があります。',
    browserOnlyProxy:
      'ブラウザーは {{host}}:{{port}} に接続できますが、アプリのプロキシ {{proxy}} 経由の接続は失敗しています。ブラウザーは別の経路（自身のプロキシ設定またはプロキシのセットアップ スクリプト）を使っているため、エージェントにも同じ設定が必要です。',
    appOnly:
      'アプリは {{host}}:{{port}} に接続できますが、ブラウザーは接続できません。ブラウザーのプロキシ設定、プロキシのセットアップ スクリプト、または証明書の確認が接続を止めています。ブラウザーからの参加は失敗しますが、アプリからは参加できます。',
    heading: 'ブラウザーとアプリで結果が異なります',
  },
  causeFix: causeFixVerdicts,
} as const;
