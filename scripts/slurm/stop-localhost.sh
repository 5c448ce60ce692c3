#!/usr/bin/env bash
# Stops the cluster scripts/slurm/start-localhost.sh started in DIR: slurmd, slurmctld, then munged, each by the pid
# in its pid file (never by name, so other Slurm or munge daemons on the machine are left alone).
#
#   scripts/slurm/stop-localhost.sh DIR [--remove]   # --remove also deletes DIR
set -uo pipefail

dir="${1:-}"
if [ -z "$dir" ] || [ ! -d "$dir" ]; then
  echo "stop-localhost: expected the state directory given to start-localhost.sh" >&2
  exit 1
fi

stop() {
  local name="$1" pidfile="$2"
  [ -s "$pidfile" ] || return 0
  local pid
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "stop-localhost: $name (pid $pid) did not stop in 10 s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pidfile"
}

stop slurmd "$dir/slurmd.pid"
stop slurmctld "$dir/slurmctld.pid"
stop munged "$dir/munge/munged.pid"

if [ "${2:-}" = "--remove" ]; then
  rm -rf "$dir"
fi
