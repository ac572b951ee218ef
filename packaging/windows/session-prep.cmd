@echo off
rem session-prep.cmd: the installed app's command line (Windows). It runs the bundled CLI with the app's own
rem runtime: Session Prep.exe started as plain Node (ELECTRON_RUN_AS_NODE=1, which the runAsNode fuse allows),
rem so the PC needs no Node. Same commands, JSON and exit codes as everywhere.
rem Layout: <app>\bin\session-prep.cmd (this), <app>\Session Prep.exe, <app>\resources\cli\ (the CLI).
setlocal
set ELECTRON_RUN_AS_NODE=1
"%~dp0..\Session Prep.exe" "%~dp0..\resources\cli\dist\session-prep.mjs" %*
exit /b %ERRORLEVEL%
