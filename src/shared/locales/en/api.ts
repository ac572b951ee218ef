/** The `api` namespace (en): refusals of the method table's front doors. Keys must match ja. */
export const api = {
  dispatch: {
    unknownMethod: 'There is no method {{name}}.',
    badParams: 'The parameters of {{method}} are not valid.',
    internal:
      'Something went wrong inside Session Prep. Please try again; if it happens again, send the report to your support contact.',
    runBusy: 'A run with the id {{runId}} is already going; wait for it or cancel it first.',
  },
  client: {
    unreachable:
      'Session Prep could not be reached ({{why}}). Reload the page or restart Session Prep.',
    badReply:
      'The answer to {{method}} did not match what this page expects. Restart Session Prep; if it happens again, tell your support contact.',
    lost: 'The connection to Session Prep was lost. Check that its window is still open, then reload the page.',
  },
  bridge: {
    notJson: 'The message is not JSON. Send {"id", "method", "params"}.',
    notCall:
      'The message is not a call. Send {"id": a whole number, "method": a name, "params": an object}.',
    binary: 'Binary messages are not understood; send JSON text.',
    internal: 'Something went wrong inside Session Prep. Please reload the page.',
    badSender: 'Only the Session Prep window may use this.',
  },
  web: {
    foreignHost:
      'This address is not served here (foreign Host). Open the address Session Prep printed, which starts with http://127.0.0.1.',
    foreignOrigin:
      'Requests from other pages are refused (foreign Origin). Open the address Session Prep printed in a tab of its own.',
    foreignSite:
      'Requests from other sites are refused. Open the address Session Prep printed in a tab of its own.',
    launchUsed:
      'This address has already been used to open Session Prep, in another window or browser. Go back to that window; or stop Session Prep (Ctrl+C) and start it again for a new address.',
    wrongLaunch: 'This address is not the one Session Prep printed. Open the address it printed.',
    needSession:
      'This page is not connected to Session Prep. Open the address Session Prep printed; if it was already used, stop Session Prep (Ctrl+C) and start it again.',
    otherUser:
      'Session Prep serves only the user who started it. Start Session Prep yourself and open the address it prints.',
    tooMany:
      'Too many connections are open. Close the other Session Prep tabs and reload this one.',
    onlyPost: 'Only POST is accepted here.',
    noWebSocket: 'There is no WebSocket endpoint here.',
    badAddress: 'Bad address. Open the address Session Prep printed.',
    onlyGet: 'Only GET is served here.',
    notFound: 'Not found. Open the address Session Prep printed.',
    internal: 'Something went wrong inside Session Prep. Reload the page.',
    portInUse:
      'Port {{port}} is already in use. Choose another --port, or leave it out to use a free one.',
    portForbidden: 'Port {{port}} may not be used by this user. Choose a port above 1024.',
    notBuilt:
      'The wizard is not built and its sources are missing ({{folder}}). Reinstall Session Prep.',
    buildFailed:
      'Building the wizard failed ({{why}}). Run `npm run build` to see the whole error.',
    builtNothing: 'Vite built no {{file}}; check vite.config.ts.',
    /** Added (issue 15): the heading shown instead of the wizard when browser mode refused the page. */
    pageRefused: 'Session Prep cannot be opened from here',
  },
  /** Added (issue 17): refusals of `chromium.targets` and `chromium.report`. */
  chromium: {
    noRun:
      'There is no finished run {{runId}} to add the browser results to; run the checks first.',
    unknownTargets:
      'These are not hosts of run {{runId}}: {{targets}}. Report only the hosts that chromium.targets names.',
    notWeb:
      'Only the page in browser mode reports its browser results; the app probes with its own session.',
  },
} as const;
