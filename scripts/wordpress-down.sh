#!/usr/bin/env bash
# Stops the private WordPress started by wordpress-up.sh (whole process groups, since PHP's
# server forks workers).
STATE=${WP_STATE:-/tmp/galley-wordpress}
for pidfile in "$STATE/php.pid" "$STATE/mysql.pid"; do
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  kill -- -"$(ps -o pgid= "$pid" | tr -d ' ')" 2>/dev/null || kill "$pid" 2>/dev/null || true
done
rm -f /etc/wordpress/config-127.0.0.1.php
