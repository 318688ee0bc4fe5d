# Sourced by the scripts that start the packaged app (e2e, durability, backup test, bench).

# A TCP port nobody listens on now.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# wait_ready PORT PID LOG: until /q/health/ready answers 200. Fails, showing the end of the log, if the process exits
# first or the app is not ready within 2 minutes.
wait_ready() {
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://localhost:$1/q/health/ready" && return 0
    kill -0 "$2" 2>/dev/null || { echo "the app (pid $2) exited before it was ready:"; tail -50 "$3"; return 1; }
    sleep 0.2
  done
  echo "the app on port $1 was not ready within 2 minutes:"; tail -50 "$3"; return 1
}
