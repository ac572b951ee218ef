/** The `cleanup` namespace (en). Keys must match the other language's file. */
export const cleanup = {
  kind: {
    process: 'Running program {{name}} (process {{pid}})',
    folder: 'Folder “{{name}}”',
    service: 'Windows service “{{name}}”',
    uninstall_entry: 'Installed app “{{name}}”',
    url_handler: 'Browser link handler “{{name}}”',
    launch_agent: 'Background agent {{name}}',
    package: 'Package {{name}}',
    unit: 'Background service {{name}}',
    our_change: 'Change made by Session Prep: {{name}}',
  },
  blocker: {
    needs_admin:
      'Removing this needs administrator rights. Ask your IT department, or run the vendor’s uninstaller.',
    no_uninstaller:
      'No uninstaller is registered for this app. Remove it from Settings → Apps → Installed apps.',
    uninstaller_outside:
      'The registered uninstaller is not in the app’s own folder, so Session Prep does not run it. Remove the app from Settings → Apps → Installed apps.',
    runs_elsewhere:
      'This program has the app’s name but runs from another folder, so Session Prep leaves it alone. Close it yourself if it is the remote-support app.',
    asksAdmin: 'Windows or your system will ask for administrator rights.',
    other_user:
      'This program runs from the app’s folder but as another user, so Session Prep leaves it alone. Ask that user, or your IT department, to close it.',
    path_hidden:
      'This program has the app’s name, but this PC does not say where it runs from, so Session Prep leaves it alone. Close it yourself if it is the remote-support app.',
  },
  refusal: {
    unknown_variable:
      'Not touched: the catalog path {{raw}} uses a variable this PC does not have.',
    dot_segments: 'Not touched: the catalog path {{raw}} contains “..”.',
    not_absolute: 'Not touched: the catalog path {{raw}} is not a full path.',
    outside_allowed: 'Not touched: {{raw}} is not inside your user folder or the program folders.',
    symlink: 'Not touched: {{raw}} is a link to somewhere else, not the app’s own folder.',
    points_outside: 'Not touched: {{raw}} leads outside your user folder and the program folders.',
    unreadable:
      'Not touched: the catalog path {{raw}} cannot be looked at (a name too long, a loop of links, or no permission).',
  },
  outcome: {
    stopped: 'Stopped: {{label}}',
    stillRunning: 'Still running: {{label}}. Close it yourself, or restart the PC.',
    trashed: 'Moved to the trash: {{label}}',
    trashFailed: 'Could not move to the trash: {{label}} ({{why}}). Nothing was deleted.',
    trashNeedsAdmin:
      'Could not move to the trash: {{label}}. It belongs to the administrator; ask your IT department to remove it. Nothing was deleted.',
    commandDone: 'Removed: {{label}}',
    commandFailed: 'Could not remove: {{label}} ({{why}})',
    notRemovable: 'Left in place: {{label}}. {{why}}',
    alreadyGone: 'Not found any more: nothing to do.',
    changedSinceScan:
      'Not moved: {{label}} is no longer the folder that was found (something was put in its way). Nothing was moved; look again.',
  },
  cli: {
    scanning: 'Looking for what the remote-support app left…',
    nothing:
      'Nothing of the remote-support app was found, and Session Prep has no changes to undo.',
    found: 'Found:',
    refusedTitle: 'Not touched, for safety:',
    prompt: 'Remove everything listed above ({{count}})? Folders go to the trash. [y/N] ',
    declined: 'Nothing was removed.',
    listOnly: 'Nothing was removed: run again with --yes, or in a terminal, to remove these.',
    dryRun: 'Dry run: nothing was removed.',
    results: 'What was done:',
    allGone: 'Checked again: everything listed is gone.',
    remaining: 'Checked again: still there:',
  },
  step: {
    title: 'Clean up after the session',
    intro:
      'After the session, Session Prep can remove the remote-support app and undo its own changes. Folders go to the trash, so you can restore them.',
    scan: 'Look for leftovers',
    scanning: 'Looking…',
    nothing: 'Nothing was found. Your PC is clean.',
    found: 'Found on this PC',
    refusedTitle: 'Not touched, for safety',
    consent:
      'Remove the selected items. I understand that running programs are closed and folders go to the trash.',
    remove: 'Remove selected',
    removing: 'Removing…',
    proofTitle: 'Checked again',
    allGone: 'Everything selected is gone.',
    remaining: 'Still there',
    gone: 'Gone',
    again: 'Look again',
  },
} as const;
