#!/usr/bin/env bash
# Starts a single-node Slurm cluster on this machine for testing the scripts 'sco slurm' writes: munged, slurmctld and
# slurmd, all run as the current user (root in a CI container, no systemd, no cgroups), with every file in one state
# directory. Needs the Debian packages slurm-wlm and munge.
#
#   scripts/slurm/start-localhost.sh DIR     # DIR: state directory (created; default: a new temporary directory)
#   export SLURM_CONF=DIR/slurm.conf         # what the script prints last; sinfo, sbatch, squeue then use this cluster
#   scripts/slurm/stop-localhost.sh DIR      # stops the daemons again
#
# Environment: SCO_SLURM_PORT (slurmctld's port; slurmd gets the next one; default: the first free pair from 6817),
# SCO_SLURM_START_TIMEOUT (seconds to wait for the node to come up, default 60). The cluster has its own munge key and
# socket, so a munged or Slurm already on the machine is left alone. On failure the daemons started so far are
# stopped and their logs printed, and the exit status is 1.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${1:-}"
if [ -z "$dir" ]; then
  dir="$(mktemp -d -t sco-slurm.XXXXXX)"
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
port="${SCO_SLURM_PORT:-}"
timeout="${SCO_SLURM_START_TIMEOUT:-60}"

for tool in munged slurmctld slurmd sinfo scontrol; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "start-localhost: $tool not found; install the Debian packages slurm-wlm and munge" >&2
    exit 1
  fi
done

if [ -e "$dir/slurmctld.pid" ] && kill -0 "$(cat "$dir/slurmctld.pid")" 2>/dev/null; then
  echo "start-localhost: a cluster is already running in $dir; stop it with $here/stop-localhost.sh $dir" >&2
  exit 1
fi

host="$(hostname -s)"
# slurmctld listens on PORT, slurmd on PORT + 1: the first free pair from 6817 (Slurm's default) up, unless given.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "$port" ]; then
  port=6817
  while port_in_use "$port" || port_in_use $((port + 1)); do
    port=$((port + 2))
    if [ "$port" -gt 6917 ]; then
      echo "start-localhost: no free port pair between 6817 and 6917; set SCO_SLURM_PORT" >&2
      exit 1
    fi
  done
fi
user="$(id -un)"
cpus="$(nproc)"
# slurmd refuses a node whose configured memory exceeds what it finds; leave it a margin.
memory_mb="$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)"
mkdir -p "$dir/munge" "$dir/state" "$dir/spool" "$dir/log"

# munge: the cluster's own key (created when missing), so nothing of a system munge is read or changed.
key="$dir/munge/munge.key"
if [ ! -s "$key" ]; then
  (umask 077 && dd if=/dev/urandom of="$key" bs=1024 count=1 status=none)
fi
chmod 0400 "$key"
# munged wants its socket directory searchable by every user.
chmod 0755 "$dir/munge"

cat >"$dir/slurm.conf" <<CONF
# Written by scripts/slurm/start-localhost.sh: a one-node test cluster, everything under $dir.
ClusterName=scolocal
SlurmctldHost=$host(127.0.0.1)
SlurmUser=$user
SlurmdUser=$user
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$dir/log/jobcomp.txt
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
MinJobAge=600
SlurmdTimeout=60
InactiveLimit=0
KillWait=5
NodeName=$host NodeAddr=127.0.0.1 NodeHostname=$host CPUs=$cpus RealMemory=$memory_mb State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"

dump_logs() {
  for log in "$dir"/log/*.log; do
    [ -e "$log" ] || continue
    echo "----- $log (last 40 lines) -----" >&2
    tail -n 40 "$log" >&2
  done
}

fail() {
  echo "start-localhost: $*" >&2
  dump_logs
  "$here/stop-localhost.sh" "$dir" >&2 || true
  exit 1
}

# Starts a daemon and retries once: a port still in TIME_WAIT or a slow munged can make the first start fail.
start() {
  local name="$1" pidfile="$2"
  shift 2
  for attempt in 1 2 3; do
    "$@" >>"$dir/log/$name.out" 2>&1 || true
    for _ in $(seq 1 50); do
      if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        return 0
      fi
      sleep 0.1
    done
    echo "start-localhost: $name did not start (attempt $attempt)" >&2
    sleep 1
  done
  return 1
}

start munged "$dir/munge/munged.pid" munged --force --socket="$dir/munge/munge.socket" --key-file="$key" \
  --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed" \
  || fail "munged did not start"
start slurmctld "$dir/slurmctld.pid" slurmctld -f "$SLURM_CONF" || fail "slurmctld did not start"
start slurmd "$dir/slurmd.pid" slurmd -f "$SLURM_CONF" || fail "slurmd did not start"

# Wait for the node to register and go idle.
deadline=$((SECONDS + timeout))
state=""
while [ "$SECONDS" -lt "$deadline" ]; do
  state="$(sinfo -h -n "$host" -o '%T' 2>/dev/null | head -n 1 || true)"
  case "$state" in
    idle) break ;;
    down* | drain*) scontrol update NodeName="$host" State=RESUME >/dev/null 2>&1 || true ;;
  esac
  sleep 1
done
if [ "$state" != "idle" ]; then
  fail "node $host is '${state:-not reported}' after ${timeout}s, not idle"
fi

echo "start-localhost: Slurm is up on $host ($cpus CPUs, ${memory_mb} MB) with partition debug; state in $dir"
echo "export SLURM_CONF=$dir/slurm.conf"
