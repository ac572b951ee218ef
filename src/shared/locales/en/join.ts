/** The `join` namespace (en). Keys must match the other language's file. */
export const join = {
  refusal: {
    empty: 'Paste the invitation link from the e-mail, or type the session key.',
    not_https:
      'This link starts with http://, not https://. Zoho Assist links always use https://: copy the link from the invitation e-mail again.',
    bad_scheme:
      'This is not a web link to a Zoho Assist session, so it will not be opened. Copy the link that starts with https:// from the invitation e-mail.',
    userinfo:
      'This link hides another address inside it (it contains “@” before the address). It will not be opened. Ask your support engineer to send the invitation again.',
    unknown_host:
      'This link does not lead to Zoho Assist ({{host}}). It will not be opened. Copy the link from the invitation e-mail, or type the session key.',
    lookalike_host:
      'This address only looks like Zoho Assist ({{host}}). It will not be opened. Do not use this link; ask your support engineer for the session key.',
    bad_port:
      'This link names an unusual port, which Zoho Assist links never do. It will not be opened. Copy the link from the invitation e-mail again.',
    no_key:
      'This link has no session key. Type the session key from the invitation e-mail instead.',
    key_not_numeric:
      'A session key has digits only. Check for letters such as O or l in place of 0 or 1, and type it again.',
    key_length:
      'A session key has {{min}} to {{max}} digits. Check the number of digits and type it again.',
    too_long:
      'This text is too long to be an invitation link. Paste only the link, or type the session key.',
    unparseable:
      'This does not read as a link or a session key. Paste the link from the invitation e-mail, or type the session key.',
    hidden_characters:
      'This link contains invisible characters that can disguise an address. It will not be opened. Type the session key instead.',
    no_join_hosts:
      'The catalog in use names no join addresses, so no link can be checked. Use the built-in catalog, or add a “join” section to this one.',
  },
  cli: {
    url: 'Join URL',
    key: 'Session key',
    dataCentre: 'Data centre',
    noDataCentre: '(not known from a key alone)',
    usage:
      'Give the invitation link or the session key, e.g. session-prep link "https://assist.zoho.com/join?key=123456789".',
  },
  open: {
    noOpener:
      'This version of Session Prep cannot open links by itself. Open this address in your browser: {{url}}',
    failed: 'The browser did not open. Copy this address and open it in your browser: {{url}}',
  },
  privacy: {
    unsupported:
      'The open windows cannot be listed on this PC. Before you share the screen, check yourself which windows are open, and close or minimise anything you do not want to show.',
    noTool:
      'The open windows could not be listed on this PC. Before you share the screen, check yourself which windows are open, and close or minimise anything you do not want to show.',
    failed:
      'The open windows could not be listed. Before you share the screen, check yourself which windows are open, and close or minimise anything you do not want to show.',
    minimised: 'All windows are minimised.',
    minimiseUnsupported:
      'Windows cannot be minimised automatically here. Please minimise them yourself.',
    noToolDetail: 'wmctrl (the tool that lists open windows on Linux) is not installed.',
  },
  ime: {
    notWindows: 'This setting exists only on Windows.',
    on: '“Use previous version of Microsoft IME” is on: Japanese can be typed into the chat.',
    off: '“Use previous version of Microsoft IME” is off. With the new Microsoft IME, typing Japanese into the chat may fail.',
    unknown: 'The Microsoft IME setting could not be read ({{why}}).',
    enabled:
      '“Use previous version of Microsoft IME” is now on for this session. Cleanup turns it back. If Japanese still cannot be typed, close and reopen the chat window, or sign out and in again.',
    enableFailed:
      'The setting could not be changed ({{why}}). You can turn it on yourself: Settings → Time & language → Language & region → Japanese → Microsoft IME → General → Compatibility.',
    journalTitle: 'Use previous version of Microsoft IME (for the chat)',
  },
  step: {
    title: 'Join the session',
    intro: 'Paste the invitation link from the e-mail, or type the session key.',
    inputLabel: 'Invitation link or session key',
    validate: 'Check',
    validLink: 'This is a Zoho Assist session.',
    keyLabel: 'Session key: {{key}}',
    dcLabel: 'Data centre: {{dc}}',
    dcUnknown: 'Data centre: decided by Zoho when you join',
    checksTitle: 'Connection to this data centre',
    checkHosts: 'Check the connection to this data centre',
    checking: 'Checking the connection…',
    checksReady: 'The connection to this data centre is ready.',
    checksNotReady:
      'Some connections failed. You can still try to join; if it does not work, go back to the network step.',
    checksNoneReached:
      'None of the required hosts can be reached, so joining cannot work yet. Choose “Back” to return to the network check and resolve the cause.',
    privacyTitle: 'Before you join: your whole screen will be shared',
    windowsTitle: 'Windows open now',
    windowsNone: 'No open windows were found.',
    refreshWindows: 'List again',
    minimise: 'Minimise all windows',
    notifications:
      'Turn on do not disturb (Windows 11: “Do not disturb”, Windows 10: “Focus assist”) so that notifications do not appear during the session.',
    confirm:
      'I have closed or minimised what I do not want to show, and I understand that my whole screen will be shared.',
    open: 'Join the session',
    opened: 'The session page is opening in your browser.',
    imeTitle: 'Typing Japanese in the chat',
    imeEnable: 'Turn on “Use previous version of Microsoft IME” for this session',
    imeWorkaround:
      'If Japanese cannot be typed into the chat, type it in Notepad, then copy and paste it into the chat box.',
    fileTransferTitle: 'File transfer',
    fileTransfer:
      'The support engineer may send you files (for example a tool or a log request). Each transfer asks for your approval first, and the transfer window shows the folder where the file is saved. You can refuse any transfer, and you never need to send files you do not want to share.',
    openFailed: 'The browser did not open. Copy this address and open it in your browser:',
    copyUrl: 'Copy the address',
    copiedUrl: 'The address is copied. Paste it into the address bar of your browser.',
    copyUrlFailed: 'The address could not be copied. Select it and copy it yourself.',
    forSupport: 'For support',
  },
  /** What the vendor's guide walks the customer through after joining (../shared/seed), issue 15. */
  guide: {
    title: 'What happens after you join',
    intro: 'The guide from your support engineer walks through these steps.',
    download: 'On the page that opens, click [Download].',
    downloadAlt: 'A web page with a Download button',
    run: 'Run the downloaded ZA_Connect.exe. The remote session starts by itself, and your whole screen is shared.',
    runMac:
      'Open the downloaded Zoho Assist app (Join.app). The remote session starts by itself, and your whole screen is shared.',
    runAlt: 'A program file being opened',
    join: 'When the “Join Session” window appears, click [参加する] (Join) whenever you are ready.',
    joinAlt: 'A small window with a Join button',
    chat: 'The chat opens by itself when the session starts; the speech-bubble icon, second from the left in the toolbar, opens it again.',
    chatAlt: 'Two speech bubbles',
    files:
      'Files can be sent both ways during the session, for example a fix from your support engineer. You approve each transfer.',
    filesAlt: 'A document with arrows in both directions',
    end: 'To end the session, click the red × at the top right of the Zoho Assist window.',
    endAlt: 'A window with a red close button',
    cleanup:
      'After the session the app is not removed by itself. The Cleanup step of Session Prep removes it when you want.',
    cleanupAlt: 'A trash can',
  },
} as const;
