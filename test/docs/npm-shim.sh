#!/usr/bin/env bash
# `npm` on the docs test's PATH. npm start / npm run <script>: the package.json script, run by bash
# as npm would, with the command line in the test's process (RUNNER_CLIENT) unless the script runs
# until stopped. npm ci and npm test are not run (see readme-commands.slow.test.ts); npm install of
# this package installs the scratch copy (the test fills in those lines).
case "$1" in
  ci|test) exit 0;;
  install)
    if [ "$#" -eq 2 ] && [ "$2" = "$OWN_NAME" ]; then
@SELF_INSTALL@
      exit 0
    fi
    echo "docs test: 'npm $*' would install from the registry" >&2; exit 127;;
  start) name=start; shift;;
  run) name=$2; shift 2;;
  *) echo "docs test: 'npm $1' is not something this test runs" >&2; exit 127;;
esac
[ "${1:-}" = -- ] && shift
cmd=$(node -e 'const s = require(process.cwd() + "/package.json").scripts || {}; if (!s[process.argv[1]]) process.exit(1); process.stdout.write(s[process.argv[1]])' "$name") ||
  { echo "docs test: package.json has no script '$name'" >&2; exit 1; }
case "$name" in
  start|gateway) ;;
  *) cmd=${cmd//node bin\/insights-connector.mjs/node $RUNNER_CLIENT};;
esac
exec bash -c "$cmd \"\$@\"" "npm run $name" "$@"
