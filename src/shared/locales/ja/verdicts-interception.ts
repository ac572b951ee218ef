/**
 * `verdicts:interception`（ja）: 通信を復号している製品と、その製品自身の用語での除外設定。
 * 製品の画面の用語は英語のまま「」で示します。Keys match en.
 */
export const interceptionVerdicts = {
  unknownDevice: 'SSL インスペクション機器（発行者 {{issuer}}）',
  proxyDevice: 'プロキシ {{name}}',
  genericBypass: 'これらのドメインを SSL インスペクション（復号）の対象から除外する設定',
  bypass: {
    zscaler: 'SSL Inspection ルールでアクション「Do Not Inspect」を指定する設定（SSL バイパス）',
    netskope:
      'SSL Decryption ポリシーでアクション「Do Not Decrypt」を指定する設定、または「Certificate Pinned Applications」の Steering Exception',
    'cisco-umbrella': 'Selective Decryption List（Cisco Secure Access では Do Not Decrypt List）',
    'cloudflare-gateway': 'HTTP ポリシーでアクション「Do Not Inspect」を指定する設定',
    'palo-alto': 'Decryption Exclusion（SSL Decryption Exclusion リスト）、または復号しないルール',
    fortinet:
      'SSL/SSH インスペクション プロファイルの SSL exemptions（「Servers to exempt from SSL inspection」）',
    sophos:
      "SSL/TLS インスペクション ルールでアクション「Don't decrypt」を指定する設定、または SSL/TLS 除外リスト",
    'check-point': 'HTTPS Inspection ルールでアクション「Bypass」を指定する設定',
    forcepoint: '接続ポリシーの Bypass Domains（NGFW では HTTPS Inspection Exception）',
    symantec:
      'SSL Intercept レイヤーでこれらのホストを復号しないルール（selective SSL interception。WSS では SSL interception の対象外に設定）',
    trellix: '「SSL Scanner」ルールセットのバイパス リスト',
    iboss: 'これらのドメインを SSL 復号の対象から除外する設定',
    menlo: 'これらのドメインを SSL インスペクションの対象から除外する設定',
    barracuda:
      'TLS Inspection ポリシーの例外（Content Shield では、これらのドメインの Exemption Policy）',
    sonicwall: 'これらのドメインを SSL 復号の対象から除外する設定',
    smoothwall: 'これらのドメインを SSL 復号の対象から除外する設定',
    cyberoam: 'これらのドメインを SSL 復号の対象から除外する設定',
    contentkeeper: 'これらのドメインを SSL 復号の対象から除外する設定',
    'trend-micro': 'HTTPS Inspection の例外リスト',
    eset: 'SSL/TLS の「List of known certificates」でスキャン アクションを「Ignore」にする設定、または Web アクセス保護の「Excluded applications」／「Excluded IPs」',
    kaspersky:
      '「Encrypted connections scan」（暗号化された接続のスキャン）の除外（信頼するアドレス）',
    avast: 'Web シールドの「HTTPS scanning」（サイトの例外を追加する、またはオフにする）',
    avg: 'Web シールドの「HTTPS scanning」（サイトの例外を追加する、またはオフにする）',
    norton: 'Web シールドの「HTTPS scanning」（サイトの例外を追加する、またはオフにする）',
    bitdefender: 'Network Protection の「Scan HTTPS」（Intercept Encrypted Traffic）の除外',
    adguard: 'これらのドメインを SSL 復号の対象から除外する設定',
    drweb: 'これらのドメインを SSL 復号の対象から除外する設定',
  },
} as const;
